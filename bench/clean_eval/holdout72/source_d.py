"""holdout72, part D: tender platforms, law-firm sites, community sites, trade associations,
company sites and training schools — a campsite project, a trampoline park's purchase, a
lawyer's letter to an arcade, a lawyer's lecture to internet-café owners, a community
photo-studio service, a residents' table-tennis match, a karaoke trade association, an
escape-room association, a koi farm, an aquascaping shop, a ukulele school and a comics
studio. Invented text."""

CASES = [
    dict(
        slug="tender-lvying-campsite-bid-notice-text",
        site="芥洲公共资源交易网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ggzy.jiezhou.example.gov.cn/jyxx/gcjs/zbgg/2025/0418/5521.html",
        title="芥洲县月亮湾露营地基础设施建设项目招标公告",
        date="2025-04-18",
        notes="tender page: a project number neutral; the purchaser's and agency's own contacts kept next to the platform's CA hotline; a lot table; a countdown and a 'sign up to bid' button",
        page="""
!m 芥洲县公共资源交易网
!m 交易信息 > 工程建设 > 招标公告
{T}
项目编号：JZGC-2025-0418-03
!m 发布时间：2025-04-18 17:00:00　　距报名截止还有：6天12小时
!a 我要投标　　收藏项目　　下载公告附件
{BODY}
!m CA数字证书办理及技术服务热线：400-8816-2200
!l 上一条：城南污水管网改造工程招标公告　下一条：乡村道路养护项目中标候选人公示
""",
        body="""
芥洲县月亮湾露营地基础设施建设项目已由县发展和改革局批准建设，建设资金来自县级财政和专项债券，现对该项目施工进行公开招标。
标段　建设内容　最高限价（万元）
一标段　营地道路、停车场　386.5
二标段　供水、排污及公厕　214.0
投标人须具备市政公用工程施工总承包三级及以上资质，并在人员、设备、资金等方面具备相应的施工能力。
招标文件获取时间为4月19日至4月25日，投标人须通过交易平台下载招标文件。
招标人：芥洲县文化旅游投资有限公司　联系人：石峻　电话：0744-6321078
招标代理机构：芥洲恒信工程咨询有限公司　联系人：季蓉　电话：0744-6350915
""",
    ),
    dict(
        slug="tender-bengchuang-deal-result-html",
        site="荏川阳光采购平台 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cg.renchuan.example.cn/notice/result/2025-06-0922",
        title="荏川县全民健身中心蹦床馆设备采购项目成交结果公告",
        record_title="荏川县全民健身中心蹦床馆设备采购项目成交结果公告 - 荏川阳光采购平台",
        date="2025-06-09",
        record_date="2025-06-09",
        notes="procurement platform template: a result table kept, the purchaser's contact kept; a site suffix; a login bar, a 'related announcements' list and a platform service line",
        page="""
<html><head><meta charset="utf-8"><title>荏川县全民健身中心蹦床馆设备采购项目成交结果公告 - 荏川阳光采购平台</title></head><body>
<div class="tb">⟦a 供应商登录⟧ ⟦a 采购人登录⟧ ⟦a 专家登录⟧</div>
<div class="logo">⟦m 荏川阳光采购平台⟧</div>
<div class="nav">⟦m 首页 | 采购公告 | 结果公告 | 政策法规 | 办事指南⟧</div>
<h2>⟦t 荏川县全民健身中心蹦床馆设备采购项目成交结果公告⟧</h2>
<div class="date">⟦m 【发布日期：2025-06-09】【浏览：388】⟧</div>
<div class="zw">
{BODY}
</div>
<div class="rel"><b>⟦l 相关公告⟧</b><p>⟦l 全民健身中心游泳馆水处理设备询价公告⟧</p></div>
<div class="ft">⟦m 平台服务电话：0833-8801234　服务时间：工作日8:30-17:30⟧</div>
</body></html>
""",
        body="""
一、项目编号：RCCG-2025-067
二、项目名称：荏川县全民健身中心蹦床馆设备采购
三、成交信息
供应商名称　成交金额（元）
荏川跃动体育设施有限公司　468,000.00
四、主要标的：专业蹦床十二组、海绵池一座、安全防护网及地垫一批。
五、公告期限：自本公告发布之日起一个工作日。
六、采购人：荏川县全民健身中心　联系人：郝冬　电话：0833-8826612
""",
    ),
    dict(
        slug="lawfirm-dianwan-letter-text",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minghenglaw.example.com/case/letter/2025-031.html",
        title="关于停止经营有奖电子游戏机的律师函",
        record_title="律师函范本丨关于停止经营有奖电子游戏机的律师函",
        date="2025-03-21",
        notes="a law firm's letter page: a 律师函范本丨 prefix; the firm's own 联系电话 inside the letter kept next to the site's 24-hour consult line; a 'not legal advice' disclaimer",
        page="""
!m 明衡律师事务所 MINGHENG LAW FIRM
!m 首页 / 业务领域 / 文书范本
!t 律师函范本丨关于停止经营有奖电子游戏机的律师函
!m 整理：明衡律所文书部　发布于 2025-03-25
{BODY}
!d 本页内容仅作普法参考，不构成对具体案件的法律意见。
!w 24小时法律咨询热线：400-6789-1180　　微信咨询：mhlaw_zx
!m 明衡律师事务所 · 地址：莠阳市中山路178号金融大厦21层
""",
        body="""
莠阳市乐玩电玩城：
明衡律师事务所接受莠阳市青苗家长互助会的委托，指派本所律师就贵店经营有奖电子游戏机事宜致函如下：
经委托人反映，贵店设置的推币机、捕鱼机等设备可以用游戏币兑换现金或高价值商品，并有未成年人长时间在店内游玩。
上述行为涉嫌违反游戏游艺设备管理和未成年人保护的相关规定。
请贵店在收到本函后十日内停止上述经营行为，并在入口显著位置设置禁止未成年人进入的标志。
如有异议，请与本所律师联系，联系电话：0738-2256710。
明衡律师事务所
律师　邵蔚然
2025年3月21日
""",
        date_also=["2025-03-25"],
    ),
    dict(
        slug="lawfirm-wangba-lecture-html",
        site="信实律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xinshilaw.example.cn/pufa/20250516/lecture.html",
        title="网吧经营者合规经营法律讲座讲稿",
        record_title="【普法讲堂】网吧经营者合规经营法律讲座讲稿_信实律师事务所",
        date="2025-05-16",
        notes="law firm template: a lecture with the date under its title and a speaker line (neutral); decorated title; numbered points kept; a consult form, a 'team lawyers' sidebar and a footer",
        page="""
<html><head><meta charset="utf-8"><title>【普法讲堂】网吧经营者合规经营法律讲座讲稿_信实律师事务所</title></head><body>
<div class="hd">⟦m 信实律师事务所⟧ ⟦m 专业·诚信·高效⟧ ⟦w 咨询热线 0752-3301888⟧</div>
<div class="nav">⟦m 律所简介 | 专业团队 | 普法讲堂 | 联系我们⟧</div>
<h1>⟦t 网吧经营者合规经营法律讲座讲稿⟧</h1>
<p class="c">信实律师事务所律师　戴书衡</p>
<p class="c">（2025年5月16日）</p>
{BODY}
<form class="consult"><p>⟦w 在线留言：请留下您的姓名和电话，律师将尽快回复⟧</p><p>⟦a 提交咨询⟧</p></form>
<div class="team"><h4>⟦l 团队律师⟧</h4><p>⟦l 戴书衡 合伙人⟧</p><p>⟦l 蔡依然 专职律师⟧</p></div>
<div class="ft">⟦m 信实律师事务所 版权所有 粤ICP备18000422号⟧</div>
</body></html>
""",
        body="""
各位网吧经营者朋友：
今天应县文化市场行政执法大队的邀请，和大家交流网吧经营中最容易出问题的几个法律风险点。
第一，未成年人入场问题。法律规定网吧不得接纳未成年人，身份证核验要做到一人一证、人证合一。
第二，消防安全问题。安全出口不得封堵，营业期间不得锁闭，灭火器要定期检查。
第三，实名上网问题。上网登记信息要按规定保存，不得为他人代刷身份证。
希望大家守住这几条底线，安心经营，少走弯路。
""",
    ),
    dict(
        slug="community-zhaoxiang-free-id-photos-text",
        site="蓣川街道长乐社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://changle.yuchuan.example.gov.cn/sqgg/1170.html",
        title="关于为辖区老年人免费拍摄证件照的通知",
        date="2025-10-09",
        notes="community site: a notice with a photo studio; the community's own 联系电话 kept next to the site's 网格员 hotline; an 'elderly mode' toggle; the 成文日期 in Chinese numerals",
        page="""
!m 蓣川街道长乐社区　居民之家
!a 长辈模式　｜　标准模式
!m 社区首页 → 社区公告
{T}
!m 时间：2025年10月09日　　编辑：社区办
{BODY}
!m 网格员服务热线：0716-3380601（24小时）
!l 社区公告更多>>
""",
        body="""
辖区各位老年朋友：
为方便老年人办理社保卡、老年证等证件，社区联合长乐街“光影照相馆”，为辖区六十周岁以上老年人免费拍摄证件照。
一、时间：10月15日至10月17日，每天上午9:00—11:30。
二、地点：社区党群服务中心一楼大厅。
三、拍摄当天请携带身份证，照相馆将现场打印一版照片，并提供电子版。
四、行动不便的老人，可提前联系社区，安排工作人员上门拍摄。
联系电话：0716-3381135（社区办公室）
长乐社区居民委员会
二〇二五年十月九日
""",
    ),
    dict(
        slug="community-pingpong-match-html",
        site="杪溪镇幸福里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xingfuli.miaoxi.example.cn/huodong/2025/11/03/pp.html",
        title="幸福里社区第五届邻里乒乓球赛报名通知",
        record_title="幸福里社区第五届邻里乒乓球赛报名通知｜幸福里社区网",
        date="2025-11-03",
        notes="community HTML: a full-width vertical bar suffix on the title; the match's own 报名 contact kept; a weather widget, a 'resident voice' box and volunteer-signup button",
        page="""
<html><head><meta charset="utf-8"><title>幸福里社区第五届邻里乒乓球赛报名通知｜幸福里社区网</title></head><body>
<div class="top">⟦m 幸福里社区网⟧ ⟦m 今天 晴 12~21℃⟧</div>
<div class="nav">⟦m 社区首页 | 通知公告 | 邻里活动 | 便民服务 | 居民心声⟧</div>
<h2>⟦t 幸福里社区第五届邻里乒乓球赛报名通知⟧</h2>
<div class="time">⟦m 发布：2025-11-03　阅读：640⟧</div>
{BODY}
<div class="vol">⟦a 我要当志愿者⟧ ⟦a 我要报名⟧</div>
<div class="voice"><h4>⟦l 居民心声⟧</h4><p>⟦l 3栋楼道灯坏了，已报修⟧</p><p>⟦l 希望多办几场书法课⟧</p></div>
<div class="ft">⟦m 幸福里社区居委会主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富社区文体生活，社区与“银球”乒乓球俱乐部联合举办第五届邻里乒乓球赛。
一、比赛项目：男子单打、女子单打、混合双打，另设六十岁以上长者组。
二、比赛时间：11月15日、16日两天。
三、比赛地点：社区文体中心二楼乒乓球室。
四、报名方式：即日起至11月10日，到社区服务站登记，或联系俱乐部教练彭立，电话13574209816。
五、比赛用球由俱乐部提供，选手自备球拍。
幸福里社区居委会
2025年11月3日
""",
    ),
    dict(
        slug="association-ktv-copyright-pledge-text",
        site="莠阳市娱乐场所行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.yyylxh.example.org.cn/xhdt/2025/0426/217.html",
        title="KTV经营场所尊重音乐版权倡议书",
        record_title="【协会倡议】KTV经营场所尊重音乐版权倡议书",
        date="2025-04-26",
        record_date="2025-04-26",
        notes="association site; a decorated 【协会倡议】 title; a member-login bar and a 'join the association' button between paragraphs; a 版权 footer whose wording meets the body's topic of copyright",
        page="""
!a 会员登录　|　入会申请　|　English
!m 莠阳市娱乐场所行业协会
!m 网站首页 » 协会动态 » 倡议书
!t 【协会倡议】KTV经营场所尊重音乐版权倡议书
!m 2025-04-26　　秘书处
{BODY}
!d 本网站内容版权归莠阳市娱乐场所行业协会所有，未经许可不得转载
!m 协会地址：莠阳市文化路9号　秘书处电话：0738-2205561
""",
        body="""
全市各KTV经营单位：
4月26日是世界知识产权日。音乐作品是词曲作者和表演者的劳动成果，依法使用音乐作品是每一家KTV应尽的义务。
协会向全体会员单位倡议：
一、依法取得授权，不使用来源不明的曲库和点歌系统。
⟦a 还不是会员？点击了解入会流程⟧
二、按时足额缴纳著作权使用费，不以各种理由拖欠。
三、发现侵权曲库销售者，及时向文化执法部门举报。
让我们共同营造尊重创作、公平竞争的行业环境。
莠阳市娱乐场所行业协会
2025年4月26日
""",
    ),
    dict(
        slug="association-mishi-safety-check-html",
        site="葎溪密室逃脱行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxmishi.example.org/notice/2025/08/safety.html",
        title="关于开展密室剧本杀场所消防安全自查的通知",
        date="2025-08-01",
        notes="association template; a self-check list numbered (1)(2)(3) kept; the association's own 联系人 kept next to the site's member-service phone; an attachment list kept; a member-units logo wall",
        page="""
<html><head><meta charset="utf-8"><title>关于开展密室剧本杀场所消防安全自查的通知 - 葎溪密室逃脱行业协会</title></head><body>
<div class="hd">⟦m 葎溪密室逃脱行业协会⟧ ⟦a 会员中心⟧</div>
<div class="nav">⟦m 首页 · 协会简介 · 通知公告 · 行业资讯 · 会员风采⟧</div>
<h3>⟦t 关于开展密室剧本杀场所消防安全自查的通知⟧</h3>
<div class="by">⟦m 发布日期：2025-08-01⟧</div>
{BODY}
<div class="logos">⟦l 会员单位：迷城密室｜夜航剧本馆｜第九区沉浸馆⟧</div>
<div class="ft">⟦m 会员服务电话：0759-6612300⟧ ⟦m © 葎溪密室逃脱行业协会⟧</div>
</body></html>
""",
        body="""
各会员单位：
暑期是密室、剧本杀场所客流高峰。为防范火灾事故，协会决定在全体会员单位中开展一次消防安全自查，现将有关事项通知如下：
一、自查内容
（1）疏散通道和安全出口是否畅通，电磁锁是否能在断电和紧急情况下自动开启；
（2）场景装修是否使用易燃可燃材料；
（3）每个房间是否设置一键报警或对讲装置。
二、8月20日前将自查表报送协会秘书处，联系人：苗青，电话0759-6610085。
附件：密室剧本杀场所消防安全自查表
葎溪密室逃脱行业协会
2025年8月1日
""",
    ),
    dict(
        slug="corp-jinli-koi-farm-summary-text",
        site="锦麟锦鲤养殖有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jinlinkoi.example.com/news/company/2025-01-20.html",
        title="锦麟锦鲤养殖有限公司2024年工作总结",
        record_title="锦麟锦鲤养殖有限公司2024年工作总结——公司新闻——锦麟锦鲤",
        date="2025-01-20",
        record_date="2025-01-20",
        notes="company site with a ——column——site suffix; a product-ad strip between paragraphs; a sales hotline and a customer-service QQ at the bottom; a data table of sales kept",
        page="""
!m 锦麟锦鲤 · 专注观赏鱼养殖二十年
!m 首页　关于我们　品种展示　公司新闻　联系我们
!t 锦麟锦鲤养殖有限公司2024年工作总结——公司新闻——锦麟锦鲤
!m 发布人：办公室　发布时间：2025-01-20　人气：158
{BODY}
!w 销售热线：0769-3318866　客服QQ：884120337
!m 锦麟锦鲤养殖有限公司 版权所有 地址：桦坪县渔湾镇锦鲤路1号
""",
        body="""
2024年，公司围绕品种提纯和市场开拓两项重点工作，较好完成了年度目标。
一、生产方面。公司新建循环水养殖池十二口，全年繁育红白、大正、昭和三色等品种鱼苗八十万尾，成活率比上年提高五个百分点。
⟦l 【品种推荐】大正三色精品鱼苗限量预订中 >>⟧
二、销售方面。全年销售情况如下：
渠道　销售额（万元）
门店零售　326
线上直播　418
批发　275
三、不足与打算。部分池塘水质监测仍靠人工，新的一年将引进自动监测设备。
锦麟锦鲤养殖有限公司
2025年1月20日
""",
    ),
    dict(
        slug="corp-shuicao-letter-customers-html",
        site="绿境水草造景 (invented)",
        style="企业官网",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.lvjing-aqua.example.com/about/letter-2025.html",
        title="致广大客户的一封信",
        record_title="绿境水草造景_致广大客户的一封信",
        date="2025-02-10",
        notes="shop site with a site_title record title; a letter kept; online-shop buttons, a WeChat QR prompt and a footer; a sentence inside the letter asks customers to 扫码 and 关注 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>绿境水草造景_致广大客户的一封信</title></head><body>
<div class="hd">⟦m 绿境水草造景⟧ ⟦a 进入网店⟧ ⟦a 购物车(0)⟧</div>
<div class="nav">⟦m 首页 | 造景作品 | 水草图鉴 | 关于我们⟧</div>
<h1>⟦t 致广大客户的一封信⟧</h1>
{BODY}
<div class="qr">⟦a 扫描二维码添加店长微信，领取新客优惠券⟧</div>
<div class="ft">⟦m 绿境水草造景工作室 © 2025　地址：芎山县花鸟市场B区18号⟧</div>
</body></html>
""",
        body="""
亲爱的客户朋友们：
感谢大家一直以来对绿境水草造景的支持。新春伊始，我们想和大家说几件事。
一是门店搬迁。我们已于春节前搬到花鸟市场B区，展示缸从十二个增加到二十个，欢迎大家来看看。
二是售后服务。凡在本店定制造景缸的客户，一年内免费上门修剪水草两次、检测水质四次。
三是线上服务。大家可以扫码关注我们的公众号“绿境水草”，在线预约上门服务。
祝大家新春快乐，缸缸常绿！
绿境水草造景工作室
2025年2月10日
""",
    ),
    dict(
        slug="training-youkelili-graduation-speech-text",
        site="弦乐岛音乐培训 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xianyuedao.example.com/news/2025/0712.html",
        title="在尤克里里暑期班结业汇演上的致辞",
        date="2025-07-12",
        notes="training school page: a 'free trial class' prompt glued after a paragraph, a course-consult phone, an enrolment form; the date under the speech title and a speaker line (neutral)",
        page="""
!m 弦乐岛音乐培训 · 尤克里里｜吉他｜架子鼓
!w 课程咨询：0762-8861237（微信同号）
!m 首页 > 学员风采
{T}
弦乐岛校长　蒋悦
（2025年7月12日）
{BODY}
!a 【立即预约】免费试听课，名额有限
!l 往期回顾：春季班汇演｜寒假班汇演
""",
        body="""
亲爱的同学们、家长朋友们：
今天是我们尤克里里暑期班的结业汇演，首先祝贺三十六位小学员顺利结业！⟦a 想让孩子也上台？点这里领试听课⟧
六个星期前，很多同学连和弦都按不准，今天大家已经能边弹边唱完整的曲子，这背后是每天半小时的坚持。
感谢家长们每天陪孩子练琴，也感谢四位老师的耐心教学。
音乐学习贵在坚持，希望同学们回家后继续弹下去，我们秋季班再见！
""",
    ),
    dict(
        slug="training-manhua-enrolment-html",
        site="画格子漫画工作室 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.huagezi.example.cn/zhaosheng/2025-autumn.html",
        title="2025年秋季少儿漫画班招生简章",
        record_title="【秋季招生】2025年秋季少儿漫画班招生简章（附课程表）",
        date="2025-08-18",
        notes="training school template: a decorated title with 【】 and （附课程表）; a course table kept; a floating consult box and a promotional ribbon; the studio's own 报名电话 kept next to the site's",
        page="""
<html><head><meta charset="utf-8"><title>【秋季招生】2025年秋季少儿漫画班招生简章（附课程表）</title></head><body>
<div class="ribbon">⟦a 秋季早鸟价截止8月31日，立省300元⟧</div>
<div class="hd">⟦m 画格子漫画工作室⟧ ⟦m 让每个孩子画出自己的故事⟧</div>
<h1>⟦t 【秋季招生】2025年秋季少儿漫画班招生简章（附课程表）⟧</h1>
<div class="meta">⟦m 2025-08-18　招生办⟧</div>
{BODY}
<div class="float">⟦w 在线客服　微信：huagezi_kf⟧</div>
<div class="ft">⟦m 画格子漫画工作室 · 苴岭县文昌路55号2楼⟧</div>
</body></html>
""",
        body="""
画格子漫画工作室2025年秋季少儿漫画班现开始招生。
一、招生对象：8至14岁、对漫画有兴趣的少年儿童，零基础可报名。
二、课程安排
班级　上课时间　课时
启蒙班　周六9:00—10:30　16课时
进阶班　周六14:00—16:00　20课时
创作班　周日9:00—11:30　24课时
三、学员结业时完成一本个人短篇漫画，工作室将择优印制成册。
四、报名电话：0745-5523608，报名地点：工作室前台。
画格子漫画工作室
2025年8月18日
""",
    ),
]
