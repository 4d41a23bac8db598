"""holdout109, part A. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-shicai-speech-breakfast-project-cn-date",
        site="拾材范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shicai365.cn/jianghua/minsheng/2025/0318/77402.html",
        title="在全区早餐工程提质扩面推进会上的讲话",
        record_title="【精选】在全区早餐工程提质扩面推进会上的讲话（通用5篇）",
        date="2025-03-18",
        notes="decorated record title; date in Chinese numerals under the speech title; a writing-service prompt glued after a sentence",
        page="""
!m 拾材范文库｜材料人的素材仓
!m 位置：拾材 / 讲话致辞 / 民生工作
!t 【精选】在全区早餐工程提质扩面推进会上的讲话（通用5篇）
!m 整理：墨阿狸　　更新：刚刚　　围观 3,118
!a ◎复制全文　◎存为DOCX　◎打印此页
{T}
（二〇二五年三月十八日）
{BODY}
!a 余下4篇同主题范文需开通年卡方可查看 »
!l 同类推荐 ▸ 全区菜篮子工程调度会主持词 ▸ 关于夜市经营秩序整治的讲话 ▸ 便民服务圈建设汇报
!d 本库文章系网友分享整理，若涉及权利问题请邮件告知，核实后三日内处理。
!m © 2019-2025 shicai365.cn　蜀ICP备20031175号-3
""",
        indent="\u3000\u3000",
        body="""
同志们：
早餐虽小，连着千家万户。去年以来，全区新建标准化早餐店42家、投放流动早餐车96辆，群众“吃早餐难、吃放心早餐难”的问题有了明显缓解。今天召开这次会议，就是要总结经验、查找短板，推动早餐工程从“有没有”向“好不好”转变。
一、把准方向，明确提质扩面的目标任务
今年全区计划再建成标准化早餐点30个，实现城区主要居住片区步行十分钟内有一处规范早餐点。各街道要对照点位规划逐一认领，不能只报数字、不见点位。⟦w 同类材料定制撰写，加客服V：shicai_kefu 即可⟧
二、突出重点，守牢食品安全这条底线
市场监管部门要对早餐车实行“一车一码”管理，原料采购索证索票、从业人员健康证明、餐具消毒记录要做到全覆盖。城管部门要会同街道划定早餐车停放时段和位置，既方便群众，又不影响通行。
三、压实责任，形成齐抓共管的工作格局
区商务局要牵头建立月调度机制，每月通报进度；财政部门要把对早餐点的补贴及时足额拨付到位。对工作推进慢、群众投诉多的街道，区政府督查室要跟踪督办。
同志们，让群众吃上一顿热乎、放心、实惠的早餐，是我们对群众的承诺。希望大家真抓实干，把这件好事办好、实事办实！
""",
    ),
    dict(
        slug="fanwen-jiujiu-html-summary-housekeeping-old-table",
        site="久久公文网 (invented), old gb2312 table layout",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.99gongwen.net/zongjie/qiye/2024/1231/21907.asp",
        title="磴川县安悦家政服务有限公司2024年度工作总结",
        record_title="磴川县安悦家政服务有限公司2024年度工作总结_久久公文网",
        date="2024-12-28",
        notes="old table layout with a marquee, a visitor counter, a font-size row and a floating consult box; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>磴川县安悦家政服务有限公司2024年度工作总结_久久公文网</title>
<script>var _hmt=_hmt||[];</script></head>
<body><table width="960" align="center"><tr><td>
<table width="100%"><tr><td class="logo">⟦m 久久公文网⟧</td><td>⟦m 公文写作好帮手　范文天天更新⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告⟧</td></tr></table>
<marquee scrollamount="3">⟦d 本站所有范文均来自网络，仅供写作参考，请勿照搬照抄⟧</marquee>
<table width="100%"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：久久公文网 → 工作总结 → 企业工作总结⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：12-31　作者：编辑部　人气：<b>906</b>⟧</div>
<div class="zihao">⟦a 【阅读字号：特大 较大 默认】⟧</div>
<div id="content">
{BODY}
</div>
<div class="pn">⟦l ←上一篇：物业管理处年度工作总结⟧　⟦l 下一篇：超市店长个人工作总结→⟧</div>
</td><td width="250" valign="top">
<div class="side"><h3>⟦l 本类热门⟧</h3><ul><li>⟦l 家政公司年终总结报告⟧</li><li>⟦l 保洁部门工作总结⟧</li><li>⟦l 月嫂个人年终总结⟧</li></ul></div>
</td></tr></table>
<div id="floatqq">⟦w 在线咨询 代写QQ：2870046613⟧</div>
<table width="100%"><tr><td class="foot">⟦m 久久公文网 www.99gongwen.net 版权所有　湘ICP备09008812号⟧<br>⟦m 您是第 00481267 位访客⟧</td></tr></table>
</td></tr></table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
2024年，公司在县人社局、县商务局的指导下，围绕“规范服务、提升技能、拓展市场”三项重点，全年服务家庭3860户次，实现营业收入612万元，同比增长18.4%，客户满意率达到96.1%。现将全年工作总结如下。
一、主要工作
（一）规范用工管理。全年与在岗家政服务员全部签订劳动合同或服务协议，为186名员工办理持证上岗，建立“一人一档”信用记录，上户前均完成健康体检和背景核查。
（二）抓好技能培训。开展母婴护理、养老护理、家居保洁三类培训14期，培训学员421人次，其中取得育婴员职业技能等级证书的97人。
（三）拓展服务网络。在城东、城南两个社区设立家政服务驿站，推出“钟点保洁”“产后陪护”“助老助餐”三项服务套餐。
二、存在的问题
一是高级育婴员、养老护理员供不应求，部分订单无法及时派单；二是个别服务员服务意识不强，全年发生客户投诉11起。
三、2025年打算
新的一年，公司将继续加强员工培训，完善服务标准，争创省级家政服务示范企业。
磴川县安悦家政服务有限公司
2024年12月28日
""",
    ),
    dict(
        slug="wenku-shitou-summary-karez-pdf-markers",
        site="石头文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.shitou123.com/view/8c1e0f42a7d9.html",
        title="硖原县坎儿井管护站2024年工作总结",
        record_title="硖原县坎儿井管护站2024年工作总结.pdf",
        date="2024-12-20",
        notes="file-name record title; page markers ⟓n⟔ cut sentences, some glued; preview-end and upload notice",
        page="""
!m 石头文库 - 海量实用文档在线阅读
!a 登录　|　注册
!t 硖原县坎儿井管护站2024年工作总结.pdf
!m 页数：6　　大小：412KB　　贡献者：沙枣花开
!a 下载券：3　　☆加入我的文库
{BODY}
!a ——预览到此结束，完整文档共6页，使用下载券即可获取——
!d 文档由用户自行上传分享，石头文库仅提供存储与展示服务，如发现侵权请联系平台删除。
!l 相关文档：坎儿井保护条例解读.ppt｜地下水资源管理工作要点.doc
""",
        pages=dict(fmt="⟓{n}⟔", every=240, start=2, glue="mix"),
        body="""
2024年，县坎儿井管护站在县水利局的领导下，坚持保护优先、修复为主、合理利用的原则，全年完成坎儿井清淤加固27条，恢复出水8条，全县有水坎儿井达到116条，为绿洲农业灌溉和乡村旅游提供了有力支撑。
一、工作开展情况
（一）完成年度清淤加固任务。组织管护员和村民清淤竖井412眼、暗渠9.6公里，对塌方段采用预制涵管加固3.2公里，工程全部通过县水利局验收。
（二）健全日常巡查制度。全站19名管护员实行分段包干，每月对竖井口、龙口和涝坝巡查不少于两次，全年发现并处置塌陷、渗漏隐患53处。
（三）加强文化保护宣传。配合县文旅局举办坎儿井文化节，接待研学团队46批次，制作科普展板30块。
二、存在的困难
管护员年龄普遍偏大，掏捞作业风险高；部分坎儿井所在区域机井抽水过量，地下水位持续下降，出水量逐年减少。
三、明年工作思路
2025年，我站将争取专项资金，推进重点坎儿井综合整治，探索“坎儿井+研学”保护利用新模式。
硖原县坎儿井管护站
2024年12月20日
""",
    ),
    dict(
        slug="wenku-mutong-html-plan-kashin-beck-pages",
        site="木桶文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mutongdoc.com/p-60031872.html",
        title="礅湖县2025年大骨节病防治工作方案",
        record_title="礅湖县2025年大骨节病防治工作方案（可编辑word版）",
        date=None,
        notes="preview reader with page markers as HTML paragraphs; year only in the title; decorated record title",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>礅湖县2025年大骨节病防治工作方案（可编辑word版） - 木桶文档</title>
<script src="/static/reader.min.js"></script></head><body>
<header class="top"><a class="logo">⟦m 木桶文档⟧</a><nav>⟦m 首页　行业资料　公文范文　教育专区　VIP专区⟧</nav><a class="login">⟦a 登录/注册⟧</a></header>
<div class="crumb">⟦m 木桶文档 › 行业资料 › 医药卫生⟧</div>
<h1 class="doc-title">⟦t 礅湖县2025年大骨节病防治工作方案（可编辑word版）⟧</h1>
<div class="doc-meta">⟦m 上传者：卫生小站　｜　阅读 1702　｜　4页⟧</div>
<div class="toolbar">⟦a 下载文档　收藏　分享　举报⟧</div>
<div class="reader">
{BODY}
</div>
<div class="preview-end">⟦a 还剩1页未读，付费 5.9 元继续阅读⟧</div>
<aside class="rel"><h4>⟦l 看了又看⟧</h4><ul><li>⟦l 地方病防治三年行动计划⟧</li><li>⟦l 碘缺乏病监测方案⟧</li></ul></aside>
<footer>⟦d 本站文档均为用户上传，内容仅代表上传者观点⟧　⟦m 木桶文档 版权所有 粤ICP备21077340号⟧</footer>
</body></html>
""",
        pages=dict(fmt="〔屏{n}〕", every=260, start=2),
        body="""
为巩固大骨节病防治成果，持续保持全县消除大骨节病危害状态，根据省、市地方病防治工作要求，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县7至12岁儿童大骨节病临床检出率保持为零，病区村环境监测覆盖率达到100%，现症病人规范管理率达到95%以上。
二、主要任务
（一）开展病情监测。在原病区6个乡镇各抽取1所小学，对7至12岁儿童进行临床检查和右手X线拍片，每校检查不少于50人。
（二）加强病人管理。对全县登记在册的现症病人逐人建立健康档案，每年至少随访两次，对符合条件的患者开展关节置换等手术救治。
（三）落实综合防控。配合农业农村部门做好病区村粮食换种和外购粮供应监测，引导群众改变以自产粮为主的饮食结构。
三、保障措施
县卫生健康局牵头，县疾控中心负责技术指导，各乡镇卫生院具体实施。监测经费纳入年度公共卫生服务项目预算，确保专款专用。
""",
    ),
    dict(
        slug="gov-zhicheng-html-notice-vehicle-inspection-xxgk",
        site="砧城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjgj.zhicheng.gov.cn/xxgk/tzgg/202504/t20250409_330182.html",
        title="砧城市市场监督管理局关于开展机动车检验机构专项监督检查的通知",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="信息公开 table with 成文日期 and 发布日期; the notice's own 联系人/电话 and mailbox beside the bureau's footer phone; 附件 list kept",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>砧城市市场监督管理局关于开展机动车检验机构专项监督检查的通知</title></head><body>
<div class="gov-top"><span>⟦m 砧城市市场监督管理局⟧</span><span>⟦a 无障碍　长者模式　简体/繁體⟧</span></div>
<ul class="gnav"><li>⟦m 首页⟧</li><li>⟦m 机构职能⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="where">⟦m 当前位置 ＞ 信息公开 ＞ 通知公告⟧</div>
<table class="gk">
<tr><th>⟦m 索引号⟧</th><td>⟦m 11350700MB1C28463X/2025-00271⟧</td><th>⟦m 公开方式⟧</th><td>⟦m 主动公开⟧</td></tr>
<tr><th>⟦m 成文日期⟧</th><td>⟦m 2025-04-07⟧</td><th>⟦m 发布日期⟧</th><td>⟦m 2025-04-09⟧</td></tr>
<tr><th>⟦m 发文字号⟧</th><td>砧市监〔2025〕19号</td><th>⟦m 有效性⟧</th><td>⟦m 有效⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="fun">⟦a 字号 A+ A A-　｜　打印　｜　保存⟧</div>
<div class="article">
{BODY}
</div>
<div class="share-row">⟦l 分享至：朋友圈　微博　钉钉⟧</div>
<div class="footer"><p>⟦m 砧城市市场监督管理局主办　地址：砧城市新桥路88号　电话：0599-8821000⟧</p><p>⟦m 闽ICP备13009164号-2　网站标识码3507000019⟧</p></div>
</body></html>
""",
        body="""
各县（市、区）市场监督管理局，各机动车检验机构：
为规范机动车安全技术检验、排放检验和综合性能检验行为，严厉打击出具虚假检验报告等违法行为，市局决定自2025年4月至6月在全市开展机动车检验机构专项监督检查。现将有关事项通知如下。
一、检查范围
全市取得资质认定的机动车检验机构共37家，其中安检机构21家、综检机构9家、排放检验机构7家，实现检查全覆盖。
二、检查内容
（一）资质条件：是否超出资质认定范围出具检验报告，检验人员是否具备相应能力。
（二）检验过程：是否按标准规定的项目和方法实施检验，视频监控和检验数据是否实时上传。
（三）设备管理：检验设备是否按规定检定校准，是否存在人为干预检测数据的软件或装置。
三、工作安排
4月20日前为自查自纠阶段，各机构对照附件1逐项自查并报送自查报告；5月为集中检查阶段，市局组织交叉检查；6月为总结提升阶段。
四、联系方式
联系人：市局认证认可与检验检测监督管理科　郑慧敏，电话：0599-8821347，邮箱：zcrjk@163.com。
附件：1.机动车检验机构自查表
2.专项监督检查工作进度统计表
砧城市市场监督管理局
2025年4月7日
""",
    ),
    dict(
        slug="gov-bailing-text-notice-weather-radar-emc",
        site="碑岭县人民政府 (invented), text rendering",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.beiling.gov.cn/zwgk/tzgg/202506/t20250612_59218.shtml",
        title="碑岭县人民政府关于保护新一代天气雷达站探测环境的通告",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="record gives title and date; a document number line (neutral); 抄送 版记 kept; chrome between paragraphs",
        page="""
!m 碑岭县人民政府　欢迎您！
!a 登录　注册　｜　智能问答
!m 首页 ＞ 政务公开 ＞ 通知公告
{T}
碑政告〔2025〕6号
!m 发布时间：2025-06-12 10:05　　来源：县气象局　　访问量：1,247
{BODY}
!a 【打印本页】　【关闭】
!l 上一条：碑岭县2025年汛期地质灾害防治通告
!l 下一条：关于公布县级行政许可事项清单的通知
!m 碑岭县人民政府办公室　主办　｜　网站地图　｜　联系我们
!m 滇ICP备06007351号　滇公网安备 53252402000188号
""",
        body="""
为保护碑岭新一代天气雷达站探测环境，保障气象探测资料准确可靠，根据《中华人民共和国气象法》和《气象设施和气象探测环境保护条例》，现就有关事项通告如下：
一、天气雷达站位于碑岭县云台镇老鹰岭，站址中心向外半径1公里范围为重点保护区域。
二、在保护区域内，禁止修建高度超过雷达天线遮挡仰角的建筑物、构筑物，禁止种植高秆树木，禁止设置影响雷达探测的电磁干扰源。
三、新建、扩建无线电发射设施，须事先征得县气象主管机构同意，并按要求开展电磁兼容分析。
⟦l 相关链接：气象设施保护知识问答⟧
四、对违反本通告的行为，由气象主管机构会同有关部门依法处理。
五、本通告自发布之日起施行。
碑岭县人民政府
2025年6月12日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
""",
    ),
    dict(
        slug="news-zhiyuan-html-driving-test-centre-byline",
        site="磴川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dengchuanrm.cn/news/shehui/202503/t20250305_44617.html",
        title="磴川新建机动车驾驶人考场投用 科目二科目三实现“一站式”考试",
        record_title=None,
        date="2025-03-05",
        notes="no record title; byline 发布时间 is the page date; photo caption and an editor line between and after paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>磴川新建机动车驾驶人考场投用 科目二科目三实现“一站式”考试-磴川融媒</title></head><body>
<div class="mast">⟦m 磴川融媒　|　磴川县融媒体中心主办⟧</div>
<nav>⟦m 要闻　时政　社会　乡镇　视频　专题⟧</nav>
<div class="crumbs">⟦m 首页 / 社会⟧</div>
<article>
<h1>{T}</h1>
<p class="byline">⟦m 记者：彭小棠　通讯员：施晋　　发布时间：2025-03-05 09:12　　来源：磴川融媒⟧</p>
<div class="txt">
{BODY}
</div>
</article>
<div class="rel">⟦l 相关新闻：县车管所推出夜间办证服务⟧　⟦l 驾校学员满意度测评结果出炉⟧</div>
<footer>⟦d 本网原创稿件，转载请注明出处⟧　⟦m 磴川县融媒体中心 版权所有　黔ICP备18002264号⟧</footer>
</body></html>
""",
        body="""
3月4日，位于城北工业园区的磴川县机动车驾驶人考场正式投入使用，当天有126名考生参加了科目二和科目三考试。
⟦m △考生在新考场进行科目二考试。记者 彭小棠 摄⟧
新考场占地约180亩，设有小型汽车科目二考试区、科目三道路考试线路4条，以及大型客货车考试区，可同时满足多种车型考试需求。
县公安局交警大队车管所负责人介绍，以往县内考生参加科目三考试需要前往市区，往返路程近两个小时。新考场投用后，考生在家门口就能完成从科目二到科目三的全部考试。
考场全面应用智能评判系统，考试过程全程录音录像，考试结果当场公布，考生可在“交管12123”App上查询考试视频。⟦m （编辑：龙一苇　审核：贺中）⟧
""",
    ),
    dict(
        slug="news-qiaowan-text-firedoor-industry-title-twice",
        site="硚湾新闻网 (invented), text rendering",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.qiaowan.com.cn/jingji/2024-11/08/content_318842.htm",
        title="硚湾防火门产业集群年产值突破20亿元",
        record_title="硚湾防火门产业集群年产值突破20亿元 - 经济 - 硚湾新闻网",
        date="2024-11-08",
        notes="decorated record title (column and site); title printed twice; dotted date line; hot list and copyright",
        page="""
!m 硚湾新闻网　　硚湾日报社主办
!m 首页 | 时政 | 经济 | 社会 | 文旅 | 评论
{T}
!t 硚湾防火门产业集群年产值突破20亿元
!m 2024.11.08 07:30　硚湾日报　字数：803
!a 分享到：　　　字号：大　中　小
{BODY}
!m 【责任编辑：鲁向晚】
!l 今日热读
!l 硚湾港区新开通两条内贸航线
!l 全市规上工业增加值增长6.2%
!d 凡注明“来源：硚湾日报”的作品，版权均属硚湾日报社，未经授权不得转载。
!m 硚湾新闻网 版权所有　浙ICP备05012870号
""",
        body="""
记者昨天从市经信局获悉，今年1至10月，我市防火门产业集群实现产值20.3亿元，同比增长11.7%，产品销往全国28个省区市。
我市防火门产业起步于上世纪九十年代，目前已集聚生产企业64家，配套的门芯板、闭门器、防火玻璃等企业30余家，形成了从原材料到成品的完整产业链。
为推动产业转型升级，市里去年出台扶持政策，对企业购置自动化折弯线、激光焊接设备给予补贴。今年已有19家企业完成生产线改造，人均产值提高三成以上。
市经信局有关负责人表示，下一步将推动建设防火门产品检测公共服务平台，帮助企业缩短产品认证周期，进一步打响“硚湾防火门”区域品牌。
""",
    ),
    dict(
        slug="forum-jiazheng-text-rules-housekeepers-junk",
        site="家政人之家论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="other",
        form="text",
        source="http://bbs.jiazhengren.net/thread-33912-1-1.html",
        title="家政服务员上户服务守则",
        record_title="[分享] 家政服务员上户服务守则（我们公司在用的，拿去改）",
        date=None,
        notes="forum post with anti-scraping junk lines and glued junk; relative post times not dates; poster's aside in the title",
        page="""
!m 家政人之家 › 经验交流区 › 管理制度
!t [分享] 家政服务员上户服务守则（我们公司在用的，拿去改）
!m 楼主：云朵阿姨管家　　发表于 3 天前　　只看该作者
!l 查看: 2087 | 回复: 31
{T}
{BODY}
!a 本帖最后由 云朵阿姨管家 于 前天 21:40 编辑
!l 沙发　小葵家政：谢谢分享，正好要修订制度
!l 板凳　青衣：收藏了，回头打印出来给阿姨们学习
!a 回复本帖需先登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
第一条　上户前须完成岗前培训和健康体检，持健康证明和上岗证上户，不得委托他人顶替服务。
第二条　按约定时间到达客户家，进门前主动出示工牌，换穿鞋套，服务期间不得使用客户手机、电脑等私人物品。
第三条　严格按照服务清单操作，使用清洁剂前先确认材质，贵重物品、易碎物品移动前须征得客户同意。
第四条　照护婴幼儿、老人时不得离开视线范围，发现身体异常及时告知客户并报告公司督导。
第五条　不得私下与客户约定服务、收取费用，不得索要财物，客户赠送物品须报公司登记。
第六条　服务结束后请客户在服务单上签字确认，客户提出意见应虚心接受，不得与客户争吵。
第七条　违反本守则的，视情节给予批评教育、扣减绩效直至解除服务协议。
""",
    ),
    dict(
        slug="forum-dongtu-html-permafrost-safety-discuz-jammer",
        site="寒区野外观测论坛 (invented), Discuz-like",
        style="论坛",
        genre="须知",
        kind="other",
        form="html",
        source="https://bbs.hanqu-guance.org/forum.php?mod=viewthread&tid=7721",
        title="冻土观测站野外作业安全须知（2025年修订）",
        record_title="冻土观测站野外作业安全须知（2025年修订） - 台站管理 - 寒区野外观测论坛",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="Discuz-like thread with jammer fonts; the document's date under the text; the post time also accepted",
        page="""
<html><head><meta charset="utf-8"><title>冻土观测站野外作业安全须知（2025年修订） - 台站管理 - 寒区野外观测论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd"><a class="logo">⟦m 寒区野外观测论坛⟧</a><div class="um">⟦a 用户名 密码 自动登录 找回密码 快捷登录⟧</div></div>
<div id="pt">⟦m 论坛 › 台站与仪器 › 台站管理 › 查看内容⟧</div>
<div class="pls">⟦m 冻土老韩⟧　⟦m 主题 86　帖子 1290　积分 5732⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-5-20 08:47⟧　⟦a 只看该作者⟧　⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：守着活动层，一年又一年⟧</div>
<div class="po">⟦a 回复　支持　反对　收藏　分享⟧</div>
</div>
<div class="reply">⟦l 沙发 高原小周 发表于 2025-5-20 10:13 ：第六条很实用，去年我们站就差点出事⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧　⟦m 陇ICP备15001993号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一、进入观测场作业必须两人以上同行，出发前向站长报告路线、作业内容和预计返回时间，携带卫星电话。
二、高原地区作业前须进行血氧检测，血氧饱和度低于80%或有明显高原反应者不得外出。
三、钻孔测温、活动层探测作业时，严禁在融化季节进入热融湖塘边缘和热融滑塌体下方。
四、冬季作业穿戴防寒服、防滑鞋，每次连续野外作业不超过3小时，注意防范冻伤和雪盲。
五、使用发电机、电钻等设备前检查线路绝缘，雨雪天气停止一切用电作业。
六、遇雷暴、暴风雪等天气立即停止作业，就近撤回站房，不得在观测塔下避雨。
七、本须知由观测站安全小组负责解释，自印发之日起执行。
某冻土观测站安全小组
2025年5月16日
""",
    ),
    dict(
        slug="blog-zhuchan-text-insight-midwife-byline",
        site="一盏灯的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://yizhandeng.blog.cn/post/2025/05/05/midwife-day.html",
        title="当了十二年助产士，我想说的几句心里话",
        record_title=None,
        date="2025-05-05",
        notes="personal blog, no record title; a 发表于 byline gives the date; tags, archive and a comment box after the post",
        page="""
!m 一盏灯的博客
!m 产房里的灯，一直亮着
!m 首页　|　随笔　|　读书　|　关于我
{T}
!m 发表于 2025年5月5日 22:16 ｜ 分类：随笔 ｜ 阅读(388) ｜ 评论(12)
{BODY}
!l 标签：助产士 产房 国际助产士日
!l « 上一篇：夜班里的那碗面
!l 下一篇：写给即将进产房的实习生 »
!l 发表评论　昵称（必填）　邮箱（不会公开）　提交
!l 文章归档：2025年5月(3)　2025年4月(5)　2025年3月(4)
""",
        gap=True,
        body="""
今天是国际助产士日。下夜班回家，想把这些年的一点体会写下来。
十二年前刚进产房的时候，我以为助产就是一门手艺，只要接生技术过硬就行。后来才慢慢明白，产妇最需要的，除了安全，还有陪伴和尊重。
我接过的第一千个孩子，是在一个下大雪的凌晨。产妇是第一次生孩子，疼得直哭。我一边指导她呼吸，一边握着她的手，告诉她每一阵宫缩都在离宝宝更近一步。孩子出生后，她说的第一句话是“谢谢你一直在”。那一刻我觉得，这份工作值得。
这些年，医院推行“一对一全程陪伴分娩”，我们助产士的角色也在变：从产程观察、分娩镇痛配合，到产后早接触、母乳喂养指导，哪一环都不能马虎。
我也想对年轻的同事说：技术要练，心更要细。别怕累，也别怕委屈，产房外等着的，是一个个家庭最重要的时刻。
""",
    ),
]
