"""holdout170, part D: buckets (水桶). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="gov-township-water-storage-bucket-notice",
        site="茆城县石门镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.maocheng.gov.cn/smz/tzgg/202506/t20250604_2210.html",
        title="石门镇关于做好农户储水桶清洗消毒工作的通知",
        date="2025-06-03",
        notes="township page; hard-wrapped at 58 columns; 成文日期 in Chinese numerals; document number neutral",
        page="""
!m 茆城县人民政府网 > 乡镇之窗 > 石门镇
{T}
石政发〔2025〕19号
!a 字体：【大】【中】【小】　【打印】
{BODY}
!m 石门镇人民政府　地址：石门镇新街88号
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
各村民委员会：
入夏以来，我镇部分高山村仍靠水桶、水缸储存饮用水。储水桶长期不清洗，容易滋生细菌和孑孓，影响群众健康。现就做好储水桶清洗消毒工作通知如下：
一、各村组织网格员逐户上门，指导农户每半月清洗一次储水桶，桶口加盖。
二、镇卫生院免费发放饮用水消毒片，各村于6月15日前到卫生院领取。
三、对独居老人家庭，由村干部和志愿者帮助清洗。
石门镇人民政府
二〇二五年六月三日
""",
    ),
    dict(
        slug="news-fire-buckets-old-street",
        site="蕙川日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huichuandaily.cn/2025/11/06/content_77102.html",
        title="老街重新摆上“消防水桶”",
        record_title="老街重新摆上“消防水桶”_蕙川日报网",
        date="2025-11-06",
        notes="news portal: 来源/编辑 lines; photo caption between paragraphs; related list",
        page="""
<html><head><meta charset="utf-8"><title>老街重新摆上“消防水桶”_蕙川日报网</title><script>var _czc=[];</script></head><body>
<div class="head">⟦m 蕙川日报网　蕙川第一新闻门户⟧ ⟦a 登录⟧ ⟦a 数字报⟧</div>
<div class="channel">⟦m 首页 本地 民生 经济 文旅 视频⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-11-06 08:02:17　来源：蕙川日报⟧</div>
{BODY}
<p class="editor">⟦m 编辑：柯澜　校对：汤韵⟧</p>
<div class="share">⟦l 分享到：微信 微博 复制链接⟧</div>
<div class="hot"><h4>⟦l 热点推荐⟧</h4><p>⟦l 冬季取暖用电安全提示⟧</p><p>⟦l 城东菜市场改造完工⟧</p></div>
<footer>⟦m 蕙川日报社主办　新闻热线：0838-2210000⟧</footer>
</body></html>
""",
        body="""
近日，走进蕙川古城老街，记者发现每隔二十米就摆放着一组红色铁皮水桶，桶身印着“消防专用”四个字。
老街木结构房屋多、巷道窄，消防车难以进入。今年入冬前，街道办在老街设置了42个消防水桶点，每个点放两只装满水的水桶和一只灭火沙桶。
⟦m 老街巷口的消防水桶。记者 窦溪 摄⟧
“火刚起来的时候，一桶水就能顶大用。”街道消防专干说，他们每周巡查一次，冬季在水中加防冻剂。
""",
    ),
    dict(
        slug="hospital-medical-waste-bucket-rule",
        site="茆城县中医医院 (invented)",
        style="医院官网",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://www.mczyy.org/yygk/zd/118.html",
        title="医疗废物周转桶清洗消毒管理规定",
        record_title="医疗废物周转桶清洗消毒管理规定-茆城县中医医院",
        date=None,
        notes="hospital rule whose article speaks of 扫码; effective date only, no date; booking and 24-hour lines",
        page="""
<html><head><meta charset="utf-8"><title>医疗废物周转桶清洗消毒管理规定-茆城县中医医院</title></head><body>
<div class="top">⟦m 茆城县中医医院⟧ ⟦a 预约挂号⟧ ⟦a 智慧服务⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 医院文化⟧</div>
<div class="loc">⟦m 您的位置：医院概况 &gt; 规章制度⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：后勤保障科　点击：131⟧</div>
{BODY}
<div class="foot">⟦m 急诊24小时：0772-6630120　预约电话：0772-6631188⟧</div>
</body></html>
""",
        body="""
第一条　为规范医疗废物周转桶的使用管理，防止交叉污染，制定本规定。
第二条　周转桶每次运送后应在暂存处清洗区用含氯消毒液擦拭内外壁，作用30分钟后冲洗晾干。
第三条　周转桶外壁粘贴二维码标签，收运人员交接时须扫码登记，记录科室、重量和时间。
第四条　桶身破损、桶盖不能密闭的，应立即停用并报后勤保障科更换。
第五条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="intranet-bucket-plant-monthly-quality",
        site="源泉塑料制品厂内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://10.8.0.12/portal/news/detail?nid=3317",
        title="2025年9月注塑水桶质量月报",
        record_title="内网公告-2025年9月注塑水桶质量月报",
        date="2025-10-08",
        notes="intranet; extension of the quality department kept beside the IT desk; data table",
        page="""
!m 源泉塑料制品厂 企业门户
!m 首页 > 公告通知 > 质量管理
{T}
!m 发布部门：品管部　发布人：苗青　阅读次数：156
!a 下载附件　打印
{BODY}
!m 本系统由信息科维护　IT服务台分机：6000
""",
        body="""
9月共生产注塑水桶（10升、15升、20升）三个规格合计21.4万只，一次交检合格率98.2%，比8月提高0.6个百分点。
规格　产量　合格率　主要缺陷
10升　8.1万只　98.7%　飞边
15升　7.6万只　98.0%　缩痕
20升　5.7万只　97.6%　提手孔开裂
20升提手孔开裂问题已安排模具车间修模，10月中旬复查。
如有疑问请联系品管部，分机6218。
品管部
2025年10月8日
""",
    ),
    dict(
        slug="qa-bottled-water-bucket-lifespan",
        site="百答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baida-qa.com/q/77310246",
        title="桶装水的水桶能反复用多少次？",
        record_title=None,
        date="2025-07-14",
        notes="Q&A with the question as title missing from the record; 回答于 date taken as the page's date",
        page="""
<html><head><meta charset="utf-8"><title>桶装水的水桶能反复用多少次？ - 百答</title></head><body>
<div class="nav">⟦m 百答⟧ ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：阳台上的猫　浏览 3812 次⟧</div>
<div class="answer">
<div class="who">⟦m 水厂老魏 · 回答于 2025-07-14⟧</div>
{BODY}
<div class="vote">⟦a 有用(145)　无用(3)　评论⟧</div>
</div>
<div class="more">⟦l 其他回答（6）⟧ ⟦l 相关问题：家用净水器滤芯多久换？⟧</div>
<footer>⟦m ©2025 百答　京ICP备22014473号⟧</footer>
</body></html>
""",
        body="""
正规水厂用的PC或PET桶，一般规定回收使用不超过30次，或者使用期不超过一年，到期就要报废。
每次回收后，桶要经过检查、浸泡、刷洗、消毒和冲洗，再上线灌装。
买水时可以看看桶底有没有生产日期，桶身发黄、有划痕或有异味的，最好让送水工换一桶。
""",
    ),
    dict(
        slug="lawfirm-bucket-deposit-letter-template",
        site="同衡律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="https://www.tonghenglaw.com/fanben/lsh-0412.html",
        title="关于要求退还桶装水押金的律师函（范本）",
        record_title="律师范本丨关于要求退还桶装水押金的律师函（范本）",
        date=None,
        notes="lawyer's-letter template with ××× and 20××年×月×日 placeholders; no date",
        page="""
!m 同衡律师事务所　消费维权专栏
!m 首页 › 文书范本 › 律师函
{T}
!m 整理：同衡律所消费者权益部　阅读量：902
{BODY}
!w 以上范本仅供参考，具体案件请预约律师面谈：0591-8760 3312
!d 未经同衡律师事务所书面许可，不得转载本站原创内容。
""",
        body="""
×××送水服务部：
本律师受×××（以下简称“委托人”）委托，就退还桶装水押金一事致函贵方。
委托人于20××年×月×日向贵方交纳水桶押金×××元，共押桶×只。现委托人已不再订水，并已将水桶全部退回，但贵方至今未退还押金。
请贵方在收到本函之日起七日内退还上述押金。逾期未退的，本律师将建议委托人依法维权。
××律师事务所
律师：×××
20××年×月×日
""",
    ),
    dict(
        slug="gkbbs-shenlun-bucket-short-plank",
        site="申论天地论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="http://www.shenluntd.com/forum/viewthread.php?tid=52207",
        title="补齐“短板”才能装满“水桶”——谈乡村公共服务均衡发展",
        record_title="[申论范文] 补齐“短板”才能装满“水桶”——谈乡村公共服务均衡发展 - 申论天地论坛",
        date="2025-02-27",
        notes="exam forum post; 发表于 date as byline; mentoring QQ prompt between paragraphs",
        page="""
<html><head><meta charset="gbk"><title>[申论范文] 补齐“短板”才能装满“水桶”——谈乡村公共服务均衡发展 - 申论天地论坛</title></head><body>
<div id="hd">⟦m 申论天地论坛 · 公考人的家⟧</div>
<div id="pt">⟦m 申论天地 › 申论范文 › 大作文⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 作者：晨读打卡　发表于 2025-2-27 22:08⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　收藏　评分⟧</div>
<div id="ft">⟦m 申论天地论坛　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
一只水桶能装多少水，不取决于最长的那块木板，而取决于最短的那块。乡村发展也是如此。
近年来，不少乡村道路通了、产业旺了，但卫生室缺医生、学校缺老师、老人缺照料，这些“短板”让群众的获得感打了折扣。
⟦w 申论批改找老师，QQ：30917225⟧
补短板，要把资源往基层倾斜，让医生、教师愿意下去、留得住；也要用好数字手段，让远程医疗、线上课堂走进村里。
只有把每一块木板都补齐，乡村振兴这只“水桶”才能装得满、装得稳。
""",
    ),
    dict(
        slug="snapshot-water-company-outage-storage",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaisou.cn/snapshot?url=www.huichuanwater.com%2Fgg%2F2025%2F0905.html",
        title="关于城北片区计划停水的通知",
        record_title="关于城北片区计划停水的通知 - 快照",
        date="2025-09-05",
        notes="snapshot with crawl time; water company's 服务热线 beside its own outage contact; 储水 with buckets",
        page="""
!d 快搜快照：本页面为 www.huichuanwater.com/gg/2025/0905.html 于 2025-09-07 11:40 抓取的存档，与原网页可能不一致。
!a 查看原网页
!m 蕙川水务集团 > 停水公告
{T}
!m 发布时间：2025-09-05
{BODY}
!m 蕙川水务集团 客户服务热线：96616
""",
        body="""
尊敬的用户：
因城北加压站管网改造，定于9月9日8:00至20:00对城北片区停止供水。
停水范围：北环路以北、青溪路以东区域。
请受影响用户提前用水桶、水盆储备生活用水，停水期间请关闭水龙头。
施工现场联系人：潘工，电话：0838-2365027。
蕙川水务集团有限公司
2025年9月5日
""",
    ),
    dict(
        slug="mail-fw-return-tote-buckets",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="mailto:logistics@yuanquan-food.cn",
        title="关于回收周转水桶的通知",
        record_title="Fw: 关于回收周转水桶的通知",
        date="2025-12-01",
        date_also=["2025-12-02"],
        notes="forwarded mail in a webmail frame; attachment bar; document's 附件 and 联系人 kept; send date vs document date",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于回收周转水桶的通知 - 企业邮箱</title></head><body>
<div class="mailbar">⟦m 企业邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="mailhead">
<p>⟦t 主题：Fw: 关于回收周转水桶的通知⟧</p>
<p>⟦m 发件人：郝晴 &lt;haoqing@yuanquan-food.cn&gt;⟧</p>
<p>⟦m 时　间：2025年12月2日 10:05⟧</p>
<p>⟦m 收件人：各门店店长⟧</p>
</div>
<div class="attbar">⟦m 附件 1 个：回收明细表.xls⟧</div>
<p>⟦m -------- 原始邮件 --------⟧</p>
<h3>{T}</h3>
{BODY}
<div class="tools">⟦a 回复 | 转发 | 删除 | 举报⟧</div>
</body></html>
""",
        body="""
各门店：
年底盘点在即，请各门店将积存的20升周转水桶（蓝色带公司标识）于12月10日前清洗后集中退回配送中心。
退回时请填写回收明细表，随车交司机签收。
附件：周转水桶回收明细表
联系人：配送中心 丁磊，电话：0595-2281473
源泉食品有限公司配送中心
2025年12月1日
""",
    ),
    dict(
        slug="download-drought-water-delivery-plan",
        site="方案资料库 (invented)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.fanganzlk.com/down/45021.html",
        title="抗旱应急送水工作方案",
        record_title="抗旱应急送水工作方案.docx",
        date=None,
        notes="download page with file-name title; page markers ⨳N⨳ glued to the continuation; update stamp no date",
        page="""
!m 方案资料库 - 免费Word文档下载
!m 文件：抗旱应急送水工作方案.docx　格式：DOCX　更新：2025-08-30
!a 立即下载　　加入收藏
{BODY}
!a 点击“立即下载”获取可编辑的完整Word文档
!l 同类资料：乡镇抗旱保苗工作方案｜人畜饮水困难应急预案
""",
        pages=dict(fmt="⨳{n}⨳", every=120, start=2, glue=True),
        body="""
为解决旱情期间部分村组群众饮水困难，制定本方案。
一、送水范围：连续30天以上无有效降雨、水源断流的村组，以村为单位上报送水需求。
二、送水方式：由镇消防队和民兵应急分队用消防车、洒水车拉水，按户定量分发，每户配发25升水桶两只，用于接水储水。
三、送水标准：每人每天不少于20升，优先保障老人、病人和学生。
四、工作要求：送水车辆要专车专用，每次送水前清洗水箱，确保水质安全。
""",
    ),
]
