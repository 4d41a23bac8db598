"""Holdout5, part A: open-government and judicial portals — a municipal 信息公开 page with its
index table, a court's news page, a procuratorate portal, a discipline-inspection site, a
people's congress site, an emergency-management bureau, a statistics bureau and a town's
政务公开 column. Invented text (places, people, numbers, sites, URLs); see ../README.md and
../build.py. Styles are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="xxgk-zheyang-notice-index-table",
        site="柘阳市人民政府信息公开平台 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xxgk.zheyang.example.gov.cn/zfxxgk/fdzdgknr/tzgg/202503/t20250317_88213.html",
        title="柘阳市人民政府办公室关于做好2025年春季森林防灭火工作的通知",
        record_title="柘阳市人民政府办公室关于做好2025年春季森林防灭火工作的通知",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="信息公开 page: an index table (索引号, 主题分类, 发文机关, 成文日期, 发布日期, 文号) above the title; "
        "the document number stays neutral; the 成文日期 under the signature; 附件 line in the body; 扫一扫 box",
        page="""
<html><head><meta charset="utf-8"><title>柘阳市人民政府办公室关于做好2025年春季森林防灭火工作的通知</title></head><body>
<div class="top">⟦m 柘阳市人民政府　政府信息公开⟧ <span>⟦a 无障碍浏览　长者模式⟧</span></div>
<div class="path">⟦m 您所在的位置：<a href="/">信息公开</a> &gt; <a href="/fdzdgknr/">法定主动公开内容</a> &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11360729MB1739204X/2025-00412⟧</td><td>⟦m 主题分类：综合政务\\应急管理⟧</td></tr>
<tr><td>⟦m 发文机关：柘阳市人民政府办公室⟧</td><td>⟦m 成文日期：2025-03-14⟧</td></tr>
<tr><td>⟦m 发布日期：2025-03-17⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h2>{T}</h2>
<p class="wh">柘府办字〔2025〕19号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="ewm">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="tool">⟦a 【我要纠错】【打印本页】【关闭】⟧</div>
<div class="foot"><p>⟦m 主办：柘阳市人民政府办公室　承办：柘阳市大数据中心⟧</p><p>⟦m 网站标识码：3607290011　赣公网安备 36072902000188号⟧</p></div>
</body></html>
""",
        body="""
各县（区）人民政府，市政府各部门：
当前正值春季森林防火高火险期，清明祭扫、春耕备耕野外用火增多，森林火灾风险持续上升。为切实做好今年春季森林防灭火工作，经市政府同意，现将有关事项通知如下。
一、压实防火责任。各地要严格落实森林防灭火行政首长负责制，市、县、乡、村四级林长要按照分片包干要求，深入责任区开展巡查检查，做到山有人管、林有人护、火有人防、责有人担。
二、严控野外火源。清明节前后要在重点林区入山路口、坟山墓地设立临时检查站，对进山人员实行登记，严禁携带火种上山，倡导鲜花祭扫、植树祭扫等文明方式。
三、强化应急准备。各地要及时调整充实专业扑火队伍，检修扑火机具，补充储备物资，一旦发生火情，坚持打早、打小、打了，严防人员伤亡。
附件：柘阳市2025年春季森林防火重点时段和重点区域一览表
柘阳市人民政府办公室
2025年3月14日
（此件公开发布）
""",
    ),
    dict(
        slug="court-tingjiang-news-trial-open-day",
        site="汀江县人民法院网 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://tjxfy.example.court.gov.cn/article/detail/2024/10/id/91223.shtml",
        title="汀江法院举办“法院开放日”活动 邀请人大代表旁听庭审",
        record_title="汀江法院举办“法院开放日”活动 邀请人大代表旁听庭审-汀江县人民法院",
        record_date="2024-10-22",
        date="2024-10-22",
        notes="court news page: 法院动态 breadcrumb, author/photo line, 来源 line, font-size switch, an 诉讼服务热线 footer and "
        "a 审判流程公开 box between title and body",
        page="""
!m 汀江县人民法院　公正司法　司法为民
!m 首页 ＞ 法院动态 ＞ 工作动态
{T}
!m 作者：吴晓楠 邓一鸣　　发布时间：2024-10-22 17:05:31
!a 字号：大　中　小　　【打印】
!l 审判流程公开 | 庭审直播公开 | 裁判文书公开 | 执行信息公开
{BODY}
!m 文章出处：汀江县人民法院政治部
!l 相关新闻：汀江法院召开执行攻坚推进会
!w 诉讼服务热线：12368　　院长信箱：tjfyyzxx@example.cn
!m 汀江县人民法院版权所有　地址：汀江县滨江北路9号
""",
        indent="\u3000\u3000",
        body="""
为进一步深化司法公开，主动接受人大监督，10月22日上午，汀江县人民法院举办以“走进法院、见证公正”为主题的法院开放日活动，邀请8名县人大代表走进法院，零距离感受司法工作。
代表们首先参观了诉讼服务中心，详细了解网上立案、跨域立案、诉讼费线上缴纳等便民举措。随后，代表们在第三审判庭旁听了一起民间借贷纠纷案件的庭审。庭审中，承办法官围绕争议焦点组织双方举证质证，庭审节奏紧凑、程序规范。
庭审结束后，该院召开座谈会，通报了今年以来审判执行工作情况。1至9月，该院共受理各类案件6218件，审结5764件，结案率92.7%。代表们纷纷表示，通过这次活动，对法院工作有了更加直观的认识，希望法院继续在诉源治理、执行攻坚上下功夫。
""",
    ),
    dict(
        slug="procuratorate-heze-report-public-interest",
        site="鹤泽市人民检察院 (invented)",
        style="政府门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.hezejcy.example.gov.cn/jwgk/gzbg/202501/t20250114_3371.html",
        title="鹤泽市人民检察院关于公益诉讼检察工作情况的报告",
        record_title="【检务公开】鹤泽市人民检察院关于公益诉讼检察工作情况的报告",
        date="2024-12-26",
        notes="procuratorate portal: 【检务公开】 decoration; a speaker/date line under the title (neutral); decimal headings 1.1 1.2; "
        "a 12309 reporting prompt between two body paragraphs",
        page="""
!m 鹤泽检察　HEZE PROCURATORATE
!m 当前位置：首页 - 检务公开 - 工作报告
!t 【检务公开】鹤泽市人民检察院关于公益诉讼检察工作情况的报告
——2024年12月26日在鹤泽市第九届人民代表大会常务委员会第二十三次会议上
鹤泽市人民检察院检察长　钟远航
{BODY}
!m 【责任编辑：韩露】
!a 分享：微信　微博　QQ空间
!m 鹤泽市人民检察院　地址：鹤泽市临湖大道1200号　邮编：338000
""",
        body="""
主任、各位副主任、秘书长、各位委员：
现将全市检察机关公益诉讼检察工作情况报告如下，请予审议。
一、主要工作情况
1.1 聚焦生态环境保护。全市检察机关围绕鹤泽湖流域治理，立案办理生态环境和资源保护领域公益诉讼案件214件，督促清理固体废物3.6万吨，修复被毁林地、耕地1400余亩。
⟦w 12309检察服务中心，您身边的检察院：拨打12309或登录12309中国检察网反映问题⟧
1.2 守护食品药品安全。针对校园周边“三无”食品、网络餐饮无证经营等问题，发出诉前检察建议87件，行政机关整改率达到98.9%。
1.3 保护英烈权益和个人信息。对全市32处零散烈士纪念设施开展专项排查，推动修缮保护；办理个人信息保护公益诉讼案件19件。
二、存在的问题
公益诉讼线索发现渠道仍然偏窄，部分案件调查取证手段有限，专业化办案力量有待加强。
三、下一步工作打算
我们将自觉接受人大及其常委会监督，进一步完善公益诉讼与行政执法衔接机制，加强专业化队伍建设，努力为鹤泽高质量发展提供更加有力的法治保障。
""",
    ),
    dict(
        slug="jiwei-xiushan-notice-typical-cases",
        site="岫山县纪委监委网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.xsjjjc.example.gov.cn/scdc/jdpg/202409/t20240905_5521.html",
        title="岫山县纪委监委关于三起违反中央八项规定精神典型问题的通报",
        record_title=None,
        date="2024-09-05",
        notes="discipline-inspection site, no record title: title in <h1>; a 12388 reporting banner and a 扫码举报 box; "
        "numbered cases with names; the 发布时间 is the only date (in a meta line)",
        page="""
<html><head><meta charset="utf-8"><title>审查调查_岫山县纪委监委</title></head><body>
<div class="banner">⟦m 岫山县纪委监委　清风岫山⟧</div>
<div class="report">⟦w 举报电话：12388　网上举报：www.12388.gov.cn⟧</div>
<div class="loc">⟦m 位置：首页 » 审查调查 » 监督曝光⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-09-05　来源：县纪委监委宣传部　浏览次数：1,318⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦w 扫码关注“清风岫山”微信公众号，随时随地举报⟧</div>
<ul class="rel"><li>⟦l 【上一条】县纪委监委召开2024年第二季度案件质量评查会⟧</li><li>⟦l 【下一条】中秋国庆“廉”在一起⟧</li></ul>
<div class="foot">⟦m 版权所有：中共岫山县纪律检查委员会　岫山县监察委员会　ICP备案：赣ICP备2021003471号-1⟧</div>
</body></html>
""",
        body="""
中秋、国庆将至，为进一步严明纪律要求，释放越往后执纪越严的强烈信号，现将近期查处的三起违反中央八项规定精神典型问题通报如下。
1.县农业农村局原副局长邱某某违规收受礼品礼金问题。2022年至2024年，邱某某多次收受管理服务对象所送购物卡、高档烟酒，折合人民币2.3万元。邱某某受到党内严重警告处分，违纪所得予以收缴。
2.鹤湾镇党委委员、副镇长廖某某违规公款吃喝问题。2024年3月，廖某某以接待考察为名，安排在镇内农家乐宴请亲友，费用1860元由镇财政报销。廖某某受到党内警告处分，违规费用已全部退赔。
3.县城市管理局执法大队中队长甘某某违规操办婚丧喜庆事宜问题。2024年5月，甘某某为其子操办婚宴，宴请管理服务对象并收受礼金。甘某某受到政务记过处分。
上述问题严重违反中央八项规定精神，教训深刻。全县各级党组织和广大党员干部要引以为戒，时刻绷紧纪律之弦，坚决防止“四风”问题反弹回潮。
""",
    ),
    dict(
        slug="npc-qiaoling-decision-standing-committee",
        site="峤岭区人大网 (invented)",
        style="政府门户",
        genre="决定",
        kind="notice",
        form="text",
        source="http://rd.qiaoling.example.gov.cn/rdwj/2025/0226/1847.html",
        title="峤岭区人民代表大会常务委员会关于加强区级预算审查监督的决定",
        date="2025-02-25",
        notes="a decision with an adoption line under the title (neutral), 第一条…第六条 articles, no signature, "
        "the date only in the adoption line; 人大网 footer and a 代表信箱 prompt",
        page="""
!m 峤岭人大　依法履职　为民代言
!m 当前位置：首页 > 人大文件 > 常委会决定
{T}
（2025年2月25日峤岭区第三届人民代表大会常务委员会第二十四次会议通过）
!m 发布：区人大常委会办公室　　2025年02月26日　　【字体：大 中 小】
{BODY}
!w 代表信箱　意见征集　联系代表
!l 相关链接：全国人大　省人大　市人大
!m 峤岭区人大常委会办公室主办　电话：0716-8812006
""",
        date_also=["2025-02-26"],
        body="""
为进一步加强区级预算审查监督，提高财政资金使用绩效，根据《中华人民共和国预算法》《中华人民共和国各级人民代表大会常务委员会监督法》等法律法规，结合本区实际，作如下决定。
第一条　区人民政府应当在区人民代表大会会议举行的四十五日前，将区级预算草案初步方案提交区人民代表大会财政经济委员会进行初步审查。
第二条　预算草案应当细化。本级一般公共预算支出按其功能分类应当编列到项，按其经济性质分类，基本支出应当编列到款。
第三条　区人民政府应当每半年向区人大常委会报告一次预算执行情况，重大投资项目的进展情况应当一并报告。
第四条　区人大常委会通过预算联网监督系统，对预算执行情况实行实时在线监督，发现问题及时提出询问。
第五条　审计部门对预算执行和其他财政收支的审计工作报告，应当重点反映预算执行中存在的问题和整改情况。
第六条　本决定自通过之日起施行。
""",
    ),
    dict(
        slug="emergency-tongyu-plan-flood-response",
        site="桐屿区应急管理局 (invented)",
        style="政府门户",
        genre="应急预案",
        kind="other",
        form="text",
        source="https://yjj.tongyu.example.gov.cn/zwgk/yjya/202405/t20240520_7714.html",
        title="桐屿区城市内涝灾害应急预案",
        record_title="桐屿区城市内涝灾害应急预案.docx",
        date="2024-05-20",
        notes="a plan attached as .docx (file-name title); decimal headings 1 / 1.1 / 1.2 / 2 / 2.1; a response-level table; "
        "an 附件下载 line and a 政策解读 box after the body; no date in the document, only the 发布日期 line",
        page="""
!m 桐屿区应急管理局
!m 政务公开 / 应急预案 / 区级专项预案
!m 发布日期：2024-05-20　信息来源：区应急管理局　访问量：402
{BODY}
!a 附件下载：桐屿区城市内涝灾害应急预案.docx（58KB）
!l 政策解读：《桐屿区城市内涝灾害应急预案》图解
!l 【相关预案】桐屿区地质灾害应急预案　桐屿区森林火灾应急预案
!d 本网站所刊登的信息，未经授权不得转载。
""",
        body="""
1 总则
1.1 编制目的
为有效应对城市内涝灾害，最大程度减少人员伤亡和财产损失，保障城市正常运行，制定本预案。
1.2 适用范围
本预案适用于本区行政区域内因强降雨导致的城市内涝灾害的防范和应对工作。
2 组织体系
2.1 区防汛抗旱指挥部负责统一领导、指挥和协调全区城市内涝灾害防范应对工作，办公室设在区应急管理局。
2.2 各街道办事处成立相应的防汛指挥机构，负责本辖区内涝防范和先期处置工作。
3 应急响应
响应等级｜启动条件｜指挥长
Ⅳ级｜24小时降雨量50毫米以上｜区应急管理局局长
Ⅲ级｜24小时降雨量100毫米以上｜分管副区长
Ⅱ级｜24小时降雨量150毫米以上｜常务副区长
Ⅰ级｜24小时降雨量250毫米以上｜区长
4 附则
本预案由区应急管理局负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="stats-luting-bulletin-wrapped",
        site="渌汀县统计局 (invented)",
        style="政府门户",
        genre="公报",
        kind="report",
        form="text",
        source="http://tjj.luting.example.gov.cn/tjgb/202503/t20250321_1208.html",
        title="渌汀县2024年国民经济和社会发展统计公报",
        record_title="渌汀县2024年国民经济和社会发展统计公报",
        record_date="2025-03-21",
        date="2025-03-21",
        notes="statistical bulletin pasted from a PDF: hard-wrapped at 58 columns; a date line under the title (neutral); "
        "a data table in the body; a 注 line; an 数据发布 box and 统计法 notice",
        page="""
!m 渌汀县统计局 > 统计数据 > 统计公报
{T}
渌汀县统计局
（2025年3月21日）
{BODY}
!d 依据《中华人民共和国统计法》，本公报数据为初步统计数，最终以年报数据为准，引用请注明出处。
!l 数据发布日历 ｜ 统计年鉴 ｜ 月度数据
!m 渌汀县统计局　电话：0731-2676021　网站维护：县融媒体中心
""",
        wrap=58,
        body="""
2024年，面对复杂严峻的外部环境，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，高质量发展迈出坚实步伐。
一、综合
初步核算，全年全县地区生产总值312.6亿元，比上年增长5.8%。其中，第一产业增加值41.2亿元，增长3.6%；第二产业增加值128.9亿元，增长6.4%；第三产业增加值142.5亿元，增长5.7%。三次产业结构为13.2∶41.2∶45.6。
二、农业
指标　　单位　　总量　　比上年增长（%）
粮食总产量　　万吨　　28.7　　1.9
油料产量　　万吨　　3.4　　2.6
生猪出栏　　万头　　46.8　　-3.1
三、人民生活
全年全体居民人均可支配收入32184元，增长6.1%。其中，城镇居民人均可支配收入43506元，增长5.2%；农村居民人均可支配收入23317元，增长6.9%。
注：本公报中地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价计算。
""",
    ),
    dict(
        slug="town-xiaxi-minutes-zhengwu-column",
        site="霞溪镇政务公开栏 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.zheyang.example.gov.cn/xxzfxxgk/xxz/zwgk/hyjy/202406/t20240612_4417.html",
        title="霞溪镇2024年第6次党委会会议纪要",
        record_title="霞溪镇2024年第6次党委会会议纪要",
        date="2024-06-11",
        notes="minutes with 时间/地点/主持人/参会人员 lines in the body, a 议定事项 numbered list and 抄送/印发 版记 at the end; "
        "the town column's chrome at the top and a 政务公开 tip between the list and the 版记",
        page="""
!m 柘阳市人民政府 > 乡镇街道 > 霞溪镇 > 政务公开 > 会议纪要
!t 霞溪镇2024年第6次党委会会议纪要 [2024-06-12]
!a 视力保护色：　　【大】【中】【小】
{BODY}
!m 信息提供：霞溪镇党政办　审核：钟卫
!l 上一条：霞溪镇2024年第5次党委会会议纪要
""",
        date_also=["2024-06-12"],
        body="""
时间：2024年6月11日上午
地点：镇党政综合楼三楼会议室
主持人：刘志坚（镇党委书记）
参会人员：镇党委委员；列席人员：镇人大主席、各站所负责人
会议传达学习了市委全会精神，研究了防汛、秸秆禁烧和人居环境整治等工作。纪要如下。
一、会议同意《霞溪镇2024年防汛工作实施方案》，由分管副镇长牵头，各村于6月15日前完成山塘水库责任人公示。
二、会议同意对镇区主干道沿线17处乱搭乱建进行集中整治，由镇综合执法队负责，6月底前完成。
三、会议研究决定，安排镇级资金18万元用于村级公益性岗位补贴，由镇财政所按季度拨付。
⟦d 【政务公开】本栏目信息依申请公开事项请通过“依申请公开”栏目办理。⟧
抄送：市委办公室，市政府办公室。
霞溪镇党政办公室　2024年6月11日印发
""",
    ),
    dict(
        slug="gov-canglan-approval-reply-pifu",
        site="沧岚市自然资源和规划局 (invented)",
        style="政府门户",
        genre="批复",
        kind="notice",
        form="text",
        source="https://zrzy.canglan.example.gov.cn/gsgg/pqgs/202411/t20241108_9902.html",
        title="关于同意调整沧岚经济开发区控制性详细规划的批复",
        date="2024-11-06",
        notes="a 批复 with 文号 line (neutral) and a Chinese-numeral 成文日期; the portal's 政务服务 bar and an 我要留言 prompt "
        "glued to the last line; a 网站地图 footer",
        page="""
!m 沧岚市自然资源和规划局　网站地图　|　English
!m 首页 ＞ 公示公告 ＞ 批前批后公示
{T}
沧自然资规函〔2024〕167号
{BODY}⟦w 　　对本批复有疑问？点此我要留言⟧
!l 政务服务 | 办事指南 | 表格下载 | 在线咨询
!m 沧岚市自然资源和规划局版权所有　技术支持：沧岚信息港
""",
        indent="\u3000\u3000",
        body="""
沧岚经济开发区管理委员会：
你委《关于调整沧岚经济开发区控制性详细规划的请示》收悉。经研究，现批复如下：
一、同意将开发区北片区B-07地块用地性质由二类工业用地调整为一类工业用地，容积率由不大于1.5调整为不大于2.0。
二、调整后的规划应严格落实生态保护红线管控要求，沿渌水河两侧各预留不少于30米的生态绿带。
三、请你委严格按照批准的规划实施管理，确保规划落地见效。
此复。
沧岚市自然资源和规划局
二〇二四年十一月六日
""",
    ),
    dict(
        slug="cppcc-yunxiu-proposal-reply-letter",
        site="云岫县政协网 (invented)",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://zx.yunxiu.example.gov.cn/taban/dfh/2024/0830/218.html",
        title="关于县政协十届三次会议第047号提案的答复函",
        record_title="关于县政协十届三次会议第047号提案的答复函",
        record_date="2024-08-30",
        date="2024-08-30",
        notes="a proposal reply with its own 联系人/联系电话 line and 抄送 line (body), the portal's 提案办理 box above "
        "and the site's own phone below; chrome on its own line between two body paragraphs",
        page="""
!m 云岫政协 | 提案工作 | 答复函
!l 提案办理结果公开　　办理进度查询
{T}
A类
{BODY}
!m 本站联系电话：0797-6521100（县政协办公室）
!d 云岫县政协办公室主办　未经许可请勿转载
""",
        body="""
李文韬委员：
您提出的《关于加快推进县城停车设施建设的提案》收悉。感谢您对县城交通治理工作的关心和支持。经认真研究，现答复如下。
近年来，我局坚持规划引领，先后编制了《云岫县城区停车设施专项规划》，新建公共停车场6处，增加停车泊位1840个，并在老城区推行错时共享停车。
⟦l 提案原文 ｜ 办理协商情况 ｜ 委员满意度反馈⟧
下一步，我们将结合城市更新，利用边角地、闲置地新建小型停车场，力争年内再增加泊位600个，同时加快智慧停车平台建设，实现泊位信息实时查询。
再次感谢您对我们工作的理解和支持。
联系人：彭晓琳　联系电话：0797-6523318
云岫县住房和城乡建设局
2024年8月28日
抄送：县政协提案委员会，县政府督查室。
""",
        date_also=["2024-08-28"],
    ),
]
