"""holdout109, part F. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="netdisk-wangpan-html-rules-firedoor-factory-pdf",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://kuaipan.link/share/init?surl=Fd83kQ",
        title="耐火盾门业有限公司安全生产责任制",
        record_title="耐火盾门业有限公司安全生产责任制.pdf",
        date="2025-01-02",
        notes="cloud-drive share page with extraction-code box and client prompt; file-name record title; a rule whose articles speak of 扫码/打印; date under the signature",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>耐火盾门业有限公司安全生产责任制.pdf_免费高速下载|快盘分享</title></head><body>
<div class="hdr">⟦m 快盘分享⟧　⟦a 登录　|　下载客户端⟧</div>
<div class="share-info"><h2>⟦t 耐火盾门业有限公司安全生产责任制.pdf⟧</h2><p>⟦m 2025-01-03 14:22　失效时间：永久有效　大小：1.1M⟧</p>
<p>⟦a 保存到网盘　　下载⟧</p></div>
<div class="preview"><p class="hint">⟦a 文档预览（第1-2页，共2页）⟧</p>
<h3 class="doc-t">{T}</h3>
{BODY}
</div>
<div class="ad">⟦l 猜你喜欢：安全生产管理制度汇编.zip｜车间6S管理手册.pdf⟧</div>
<div class="ft">⟦d 请勿分享侵权、违法内容⟧　⟦m © kuaipan.link⟧</div>
</body></html>
""",
        body="""
第一条　为落实安全生产主体责任，根据《中华人民共和国安全生产法》，结合本公司实际，制定本责任制。
第二条　总经理是公司安全生产第一责任人，对本公司安全生产工作全面负责。
第三条　车间主任对本车间的剪板、折弯、焊接、喷涂等工序的安全生产负责，每班开工前组织班前安全讲话。
第四条　喷涂车间严禁烟火，操作人员须穿防静电工作服，每班下班前清理漆渣。
第五条　员工每日上岗前须扫码完成设备点检，点检记录每月打印归档。
第六条　发生事故时，现场人员应立即报告车间主任和安全管理部，不得迟报、瞒报。
第七条　本责任制自印发之日起施行。
耐火盾门业有限公司
2025年1月2日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-text-notice-anthrax-cache",
        site="搜寻网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souxun.com/c?m=9f65cb4a8c8507ed4fece7631046893b&p=liyuan",
        title="关于加强夏秋季人间炭疽疫情防控工作的紧急通知",
        date="2025-07-22",
        notes="text-only search cache: snapshot banner and capture stamp as chrome (not dates); the notice's 联系人/电话 and 附件 kept; date under the signature",
        page="""
!d 这是搜寻网页快照，是网页在2025年8月3日 11:26:40的存档。当前页面可能已经更改。
!m 原网址：http://wsjkj.liyuan.gov.cn/tzgg/202507/t20250722_4401.html
!a 仅显示文本　|　查看原网页
!d 以下关键词已高亮显示：炭疽 防控
!m 砺原县卫生健康局 - 通知公告
{T}
{BODY}
!m 砺原县卫生健康局版权所有　技术支持：县大数据中心
""",
        body="""
各乡镇卫生院，县疾控中心，县人民医院、县中医院：
近期，周边地区陆续报告人间皮肤炭疽病例。夏秋季是炭疽高发季节，为切实做好我县炭疽疫情防控工作，现就有关事项紧急通知如下：
一、加强病例监测报告。各医疗机构要提高对炭疽的警觉性，对有病死牛羊接触史、出现皮肤焦痂样溃疡的患者，按规定在2小时内网络直报。
二、规范开展流行病学调查和疫点处置。县疾控中心接到报告后要立即开展流调，会同农业农村部门对疫点进行消毒和病死畜无害化处理。
三、做好健康宣教。各乡镇卫生院要深入养殖户开展宣传，告知群众不私自宰杀、剥食病死畜。
联系人：县疾控中心传染病防制科　韩晓雪，电话：0766-5127730。
附件：人间炭疽诊疗与处置技术要点
砺原县卫生健康局
2025年7月22日
""",
    ),
    dict(
        slug="snapshot-huancun-html-news-radar-open-day-frame",
        site="悟空搜索快照 (invented), frame around a county page",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://kuaizhao.wukongso.com/cache?url=jiaoyuanqx.gov.cn/xwdt/202503/t20250324_4320.html",
        title="礁原县气象局举办“世界气象日”天气雷达站开放活动",
        record_title=None,
        date="2025-03-23",
        notes="snapshot frame: the cache banner and the county page's own chrome; no record title; 发布时间 byline the page date; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>礁原县气象局举办“世界气象日”天气雷达站开放活动 - 快照</title></head><body>
<div class="cache-banner">⟦d 您查看的是悟空搜索保存于2025-04-02的网页快照，不代表原网页当前内容⟧　⟦a 访问原网页⟧</div>
<div class="orig">
<div class="head">⟦m 礁原县气象局⟧　⟦m 首页 | 新闻动态 | 气象服务 | 政务公开 | 气象科普⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 新闻动态⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-23 16:48　来源：县气象局　作者：余霁⟧</div>
<div class="art">
{BODY}
</div>
<div class="print">⟦a 【打印】【关闭】⟧</div>
<div class="foot">⟦m 主办：礁原县气象局　粤ICP备05092871号⟧</div>
</div>
</body></html>
""",
        body="""
3月23日是第65个世界气象日。当天，县气象局向社会开放新一代天气雷达站，迎来了200多名中小学生和市民。
⟦m 图为雷达站工作人员向学生讲解雷达天线结构⟧
在雷达机房，工作人员向参观者介绍了天气雷达探测降水、冰雹和大风的原理，并现场演示了雷达回波图的识别方法。
在气象观测场，孩子们看到了自动气象站、雨量筒和百叶箱，纷纷拿出笔记本认真记录。
县气象局负责人表示，今后将常态化开展气象科普开放活动，提高公众防灾减灾意识。
""",
    ),
    dict(
        slug="print-dayin-text-commitment-inspection-station",
        site="宏驰机动车检测站官网 打印页 (invented)",
        style="打印页",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.hongchijc.com/print.asp?id=208",
        title="宏驰机动车检测站服务承诺",
        record_title="打印预览 - 宏驰机动车检测站服务承诺",
        date="2025-03-01",
        notes="print view: print buttons, URL line and print footer as chrome; decorated record title; the station's own 监督电话 and 12345 kept; date under the signature",
        page="""
!a [打印] [关闭本页]
!m 宏驰机动车检测站 — www.hongchijc.com
{T}
{BODY}
!m 本页地址：http://www.hongchijc.com/news/show.asp?id=208
!p 第1页/共1页
""",
        body="""
为给广大车主提供规范、高效、透明的检验服务，本站郑重承诺：
一、严格按照国家标准实施检验，不擅自增减检验项目，不出具虚假检验报告。
二、严格执行收费公示标准，不收取公示以外的任何费用。
三、不指定维修企业，不以任何方式强制车主进行维修。
四、检验结果当场告知，对检验不合格的车辆书面告知不合格项目。
五、对本站工作人员违反承诺的行为，欢迎拨打监督电话0599-8869900投诉，也可拨打12345政务服务便民热线反映。
宏驰机动车检测站
2025年3月1日
""",
    ),
    dict(
        slug="print-kaochang-html-exam-discipline-print-view",
        site="砧城市公安局交警支队 打印页 (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="https://jj.zcga.gov.cn/print/kcgg/20250520_771.html",
        title="砧城市机动车驾驶人考试考场纪律",
        record_title="〔打印稿〕砧城市机动车驾驶人考试考场纪律",
        date="2025-05-20",
        notes="print view of a police site: print/close buttons, the page URL and a print footer as chrome; numbered rules whose items speak of 手机/录像; decorated record title",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕砧城市机动车驾驶人考试考场纪律</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印本页　✕ 关闭窗口⟧</div>
<div class="ph">⟦m 砧城市公安局交通警察支队⟧</div>
<h2>{T}</h2>
<p class="d">⟦m 发布日期：2025年05月20日⟧</p>
{BODY}
<p class="url">⟦m https://jj.zcga.gov.cn/kcgg/20250520_771.html⟧</p>
<p class="pf">⟦p ［1/1］⟧</p>
</body></html>
""",
        body="""
一、考生应按预约时间提前30分钟到达考场，凭有效身份证明参加考试。
二、考生进入候考区后须将手机等通讯工具存放于指定位置，考试过程中不得携带。
三、考生须服从考试员和安全员指挥，不得代考、替考，不得私自驾车进入考试区域。
四、考试全程录音录像，考生对考试结果有异议的，可当场向考场负责人提出复核申请。
五、考生、驾校人员不得以任何方式请托、贿赂考试员，违者依法依规严肃处理。
""",
    ),
    dict(
        slug="mail-fwd-text-notice-microloan-quarterly-report",
        site="汇融小额贷款公司邮箱 (invented), forwarded mail",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zonghe@huirongxd.com#fwd-20250702",
        title="关于报送2025年二季度经营数据的通知",
        record_title="Fwd: 关于报送2025年二季度经营数据的通知",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="forwarded mail: header lines and forward note as chrome, a mail's own attachment line and the document's 附件 kept; mail send date differs (both accepted)",
        page="""
!m 发件人：综合办公室 <zonghe@huirongxd.com>
!m 发送时间：2025年7月2日(星期三) 上午9:12
!m 收件人：业务一部; 业务二部; 风控部
!m 主题：Fwd: 关于报送2025年二季度经营数据的通知
!m 附件：1个（季度经营数据报表.xlsx）
各部门：转发县金融办通知，请于7月8日前将数据报综合办，谢谢！
!m ---------- 转发的邮件 ----------
!m 发件人：磲川县地方金融发展服务中心
!m 日期：2025年7月1日 16:30
{T}
{BODY}
!d 此邮件及附件可能包含保密信息，如误收请立即删除并通知发件人。
!a 回复　回复全部　转发
""",
        body="""
各小额贷款公司：
为做好全县地方金融组织季度运行监测，请各公司于2025年7月10日前报送二季度经营数据。现将有关事项通知如下：
一、报送内容：贷款发放、余额、不良贷款、利率分布及股东变动等情况，按附件表格填报。
二、报送方式：加盖公章的纸质报表报送中心综合科，电子版发送至qcjrzx@163.com。
三、有关要求：各公司要确保数据真实准确，不得迟报、漏报。
联系人：钟一宁，电话：0831-7719026。
附件：小额贷款公司季度经营数据报表
磲川县地方金融发展服务中心
2025年7月1日
""",
    ),
    dict(
        slug="mail-newsletter-html-insurance-agency-bulletin",
        site="安信保险代理 客户简报邮件 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="html",
        source="https://mail.anxinbd.com.cn/newsletter/2025-06.html",
        title="安信客户简报（2025年第6期）",
        record_title="【客户简报·6月刊】安信客户简报（2025年第6期）",
        date="2025-06-10",
        notes="HTML newsletter mail: view-in-browser, unsubscribe and social links as chrome; the bulletin's own 理赔专线 kept; the issue date on the masthead is the date",
        page="""
<html><head><meta charset="utf-8"><title>安信客户简报</title></head><body>
<table width="600" align="center"><tr><td>
<p class="pre">⟦a 邮件显示不正常？点此在浏览器中查看⟧</p>
<p class="logo">⟦m 安信保险代理⟧</p>
<h1>{T}</h1>
<p class="issue">⟦m 2025年6月10日　总第43期⟧</p>
{BODY}
<p class="social">⟦l 关注我们：微信公众号　视频号　抖音⟧</p>
<p class="unsub">⟦d 您收到此邮件是因为您订阅了安信客户简报。如不希望再收到，请点击退订。⟧</p>
<p class="addr">⟦m 安信保险代理有限公司　硚湾市东环路301号⟧</p>
</td></tr></table></body></html>
""",
        body="""
【本期导读】梅雨季车险理赔提示；新版家庭财产险上线。
梅雨季车险理赔提示
进入梅雨季，车辆涉水受损报案增多。车辆在积水中熄火后切勿二次启动，否则发动机损坏可能不在赔偿范围内。出险后请第一时间拍照留证，并拨打理赔专线0576-8890012。
新版家庭财产险上线
6月起，合作保险公司推出新版家庭财产险，保障范围新增暴雨内涝导致的室内财产损失。具体条款请向您的专属代理人咨询。
感谢您一直以来对安信的信任与支持！
""",
    ),
    dict(
        slug="gov-weijian-text-notice-kashin-beck-oneline",
        site="礅湖县卫生健康局 (invented), text extracted on one line",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wjj.dunhu.gov.cn/zwgk/tzgg/202509/t20250905_1180.html",
        title="礅湖县卫生健康局关于开展2025年大骨节病病情监测工作的通知",
        date="2025-09-05",
        notes="the whole body on one line (paragraphs only by their indent); toolbar and footer chrome; 抄送 kept; date under the signature",
        page="""
!m 礅湖县卫生健康局 > 政务公开 > 通知公告
{T}
!m 发布时间：2025-09-05　　【大 中 小】　　浏览次数：97
{BODY}
!a 打印　|　关闭
!m 礅湖县卫生健康局 主办　陕ICP备12004718号
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各有关乡镇卫生院，县疾控中心：
根据《礅湖县2025年大骨节病防治工作方案》，决定于2025年9月至10月开展大骨节病病情监测工作。现将有关事项通知如下：
一、监测点：石门、柳沟、高岭、北坪、石家川、上店6个乡镇各选1所小学。
二、监测内容：对7至12岁儿童进行临床检查和右手X线拍片，同时采集病区村居民主食粮样品。
三、时间安排：9月20日前完成监测对象登记，10月25日前完成检查和数据录入。
四、工作要求：各乡镇卫生院要指定专人负责，按时报送监测数据。
抄送：县教育局。
礅湖县卫生健康局
2025年9月5日
""",
    ),
    dict(
        slug="wenku-jiazheng-text-standard-wrapped-markers",
        site="杏仁文库 (invented)",
        style="文库预览",
        genre="规范",
        kind="other",
        form="text",
        source="https://www.xingrenwenku.com/doc/a81f2209.html",
        title="家政服务员上门服务规范",
        record_title="【可编辑】家政服务员上门服务规范（2025修订版）",
        date=None,
        notes="hard-wrapped at 62 columns and cut by glued page markers ⁘n⁘; decorated record title; decimal headings; no date",
        page="""
!m 杏仁文库　在线文档预览
!t 【可编辑】家政服务员上门服务规范（2025修订版）
!m 共7页　|　2,341人浏览　|　评分 4.6
!a 开通会员免费下载　　单篇购买 ¥3.5
{BODY}
!a 余下5页内容需付费后继续阅读……
!d 本文档仅供学习参考，版权归原作者所有。
""",
        wrap=62,
        pages=dict(fmt="⁘{n}⁘", every=260, start=2, glue=True),
        body="""
1 范围
本规范规定了家政服务员上门服务的服务准备、服务过程、服务结束和投诉处理等要求，适用于本公司派出的全部家政服务员。
2 服务准备
2.1 服务员应在上门前一日与客户电话确认服务时间、地址和服务项目，并准备好清洁工具和耗材。
2.2 服务员应穿着统一工装，佩戴工牌，保持个人卫生整洁。
3 服务过程
3.1 进门后先向客户问好，出示派工单，换穿鞋套。
3.2 按照先上后下、先里后外、先干后湿的顺序进行清洁，不得使用客户未同意的清洁剂。
3.3 服务过程中发现物品损坏的，应立即告知客户并如实登记。
4 服务结束
服务完成后请客户验收签字，清点带回全部工具，垃圾按客户要求分类处理。
5 投诉处理
客户投诉应在24小时内响应，3个工作日内给出处理结果。
""",
    ),
    dict(
        slug="wechat-zaocan-text-pledge-breakfast-oneline",
        site="碶山市场监管 公众号镜像 (invented)",
        style="公众号镜像",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://weixin.mirrorread.net/a/qsscjg/2025041101",
        title="早餐经营户食品安全承诺书",
        record_title="碶山市场监管丨早餐经营户食品安全承诺书",
        date=None,
        notes="WeChat mirror; body on one line; decorated record title; 承诺人/日期 placeholders kept; account date line is a relative time, not a date",
        page="""
!t 碶山市场监管丨早餐经营户食品安全承诺书
!m 碶山市场监管　前天
!w 👆点击蓝字，关注“碶山市场监管”
{BODY}
!a ❤ 点个在看，让更多人看到
!l 推荐阅读 | 食品经营许可办理一次讲清
!d 来源：碶山县市场监督管理局　文字：食品经营监管股
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为保障消费者饮食安全，本人作为早餐经营者，郑重承诺如下：
一、依法取得食品经营许可或登记，证照在经营场所醒目位置公示。
二、从业人员持有效健康证明上岗，每日进行晨检。
三、不采购、不使用过期变质或来源不明的食品原料，做好进货查验记录。
四、保持经营场所和设备清洁卫生，餐饮具按规定清洗消毒。
五、自觉接受监督检查和社会监督，如违反承诺，愿承担相应法律责任。
承诺人（签字）：________
日期：____年__月__日
""",
    ),
    dict(
        slug="news-chengbao-html-feature-bonesetting-heritage",
        site="磲川晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qcwb.com.cn/html/2025-06/14/content_52219.htm",
        title="一双手，接了六十年骨——记磲川正骨疗法代表性传承人卢济川",
        record_title="一双手，接了六十年骨——记磲川正骨疗法代表性传承人卢济川 - 磲川晚报网",
        date="2025-06-14",
        notes="evening-paper template; decorated record title; e-paper edition line as page date; subtitle and photo caption chrome; title repeated glued to the lead",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一双手，接了六十年骨——记磲川正骨疗法代表性传承人卢济川 - 磲川晚报网</title></head><body>
<div class="masthead">⟦m 磲川晚报网⟧<span>⟦m 数字报　|　客户端　|　投稿⟧</span></div>
<div class="channel">⟦m 首页 ＞ 城事 ＞ 人物⟧</div>
<div class="edition">⟦m 2025年06月14日　第A05版：人物⟧</div>
<h1>{T}</h1>
<div class="from">⟦m 磲川晚报记者 于新桐 文/图⟧</div>
<div class="article-content">
{BODY}
</div>
<div class="tools">⟦a 【字号 大 中 小】　【收藏】　【打印】⟧</div>
<div class="relate">⟦l 相关阅读：非遗进校园 正骨手法走进中医课堂⟧</div>
<div class="foot">⟦d 磲川晚报社版权所有，未经书面授权禁止使用⟧　⟦m 川B2-20060031⟧</div>
</body></html>
""",
        body="""
⟦t 一双手，接了六十年骨⟧早上七点，接骨路上的老诊室已经排起了队。76岁的卢济川戴上老花镜，开始了一天的接诊。
他是磲川正骨疗法代表性传承人，从十六岁跟着父亲学摸骨，到今天已经整整六十年。
⟦m 卢济川为一名手腕骨折的小患者复位⟧
“摸骨要用心，手比眼睛还要准。”卢济川一边说，一边为一名手腕骨折的小学生复位。不到两分钟，骨头对上了，孩子甚至还没来得及哭。
这些年，县正骨医院为他设立了传承工作室，他带出的徒弟已有二十多人。去年，他又收了三名新弟子。
谈到心愿，卢济川笑着说，他只希望这门手艺不要在自己这一代断了。
""",
    ),
]
