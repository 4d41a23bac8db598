"""Holdout3 cases, part B: government portals, news portals, Party-building sites, personnel-exam sites.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-liaoyuan-notice-html-index-table",
        site="蓼原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liaoyuan.gov.cn/zwgk/tzgg/202503/t20250305_1182044.html",
        title="蓼原县人民政府办公室关于做好2025年春季森林防灭火工作的通知",
        record_date="2025-03-05",
        date="2025-03-05",
        date_also=["2025-03-04"],
        notes="government page: information index table, scan-to-phone, print/close, site identifier footer; signature date one day before the record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蓼原县人民政府办公室关于做好2025年春季森林防灭火工作的通知_通知公告_蓼原县人民政府</title></head>
<body>
<div class="header">⟦m 蓼原县人民政府⟧ <span>⟦m 无障碍浏览⟧</span> <span>⟦m 长者模式⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 政务公开⟧</a> <a>⟦m 政务服务⟧</a> <a>⟦m 互动交流⟧</a></div>
<div class="loc">⟦m 当前位置： 首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11430722MB1F80431Q/2025-00871⟧</td><td>⟦m 主题分类：应急管理⟧</td></tr>
<tr><td>⟦m 发文机关：蓼原县人民政府办公室⟧</td><td>⟦m 成文日期：2025-03-04⟧</td></tr>
<tr><td>⟦m 发文字号：蓼政办发〔2025〕6号⟧</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-03-05 09:12　　信息来源：县政府办　　浏览次数：<span>1407</span>⟧</div>
<div class="zoom">⟦a 【放大　缩小　默认】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="art-tool">⟦a 【打印正文】　【关闭此页】⟧ <span>⟦a 扫一扫在手机打开当前页⟧</span></div>
<div class="footer">
<p>⟦m 主办单位：蓼原县人民政府办公室　　承办单位：蓼原县政务服务和大数据中心⟧</p>
<p>⟦m 网站标识码：4307220031　　湘ICP备05017736号　　湘公网安备 43072202000118号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
当前已进入春季森林防火紧要期，气温回升快、降水偏少，加之清明祭扫、春耕备耕野外用火增多，森林火灾风险等级持续偏高。为切实做好春季森林防灭火工作，经县人民政府同意，现将有关事项通知如下。
一、压紧压实防火责任。各乡镇要严格落实党政同责、一岗双责，县级领导包乡镇、乡镇干部包村、村干部包山头地块，层层签订责任状，确保责任落实到人、到山头地块。
二、严格管控野外火源。3月15日至4月30日为全县森林防火戒严期，戒严期内严禁一切野外用火。各乡镇要在重点林区入山路口设立检查站，对进山人员实行登记，严禁携带火种进山。
三、全面排查火灾隐患。各乡镇、林场要对林区内的坟地、输电线路、景区景点等开展拉网式排查，对排查发现的隐患建立台账、限期整改。
四、做好扑救准备。县森林消防专业队要保持24小时待命，各乡镇半专业扑火队不少于30人。发现火情要第一时间报告县森林防灭火指挥部办公室，值班电话：0736-7212119。
蓼原县人民政府办公室
2025年3月4日
""",
    ),
    dict(
        slug="gov-huishan-bulletin-wrapped-cn-date",
        site="桧山县人民政府门户网站 (invented), text rendering",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.huishan.gov.cn/art/2024/11/18/art_3317_905521.html",
        title="关于2024年第三季度全县政务服务“好差评”情况的通报",
        record_title=None,
        date="2024-11-15",
        notes="no title in the record; hard wrap at 72 columns; document number as a neutral line; Chinese-numeral date under the signature",
        page="""
!m 桧山县人民政府门户网站
!m 您当前所在位置：首页 > 政务公开 > 政府信息公开 > 通知公告
!a 字号：T+ T-　｜　打印　｜　关闭
{T}
桧政服发〔2024〕19号
{BODY}
!l 上一条：桧山县2024年10月份12345热线办理情况通报
!l 下一条：关于开展2024年度政务公开第三方评估的通知
!m 桧山县人民政府办公室主办　网站地图　联系我们　闽ICP备06028710号
""",
        wrap=72,
        indent="  ",
        body="""
各乡镇人民政府，县直各单位：
为持续提升政务服务水平，根据《桧山县政务服务“好差评”制度实施办法》，县政务服务中心对2024年第三季度全县政务服务评价情况进行了统计分析。现将有关情况通报如下。
一、总体情况
第三季度，全县政务服务事项共收到评价数据186427条，其中非常满意182315条，满意3801条，基本满意247条，不满意和非常不满意64条，好评率达99.83%，较上季度提高0.06个百分点。差评已全部完成回访整改，整改率100%。
二、主要问题
一是个别窗口工作人员服务态度生硬，一次性告知不到位，导致群众多次往返；二是部分事项网上办理流程繁琐，系统卡顿，群众体验不佳；三是少数乡镇便民服务中心节假日期间预约服务落实不到位。
三、工作要求
各单位要高度重视“好差评”工作，对差评件实行“首接负责、限时整改、跟踪回访”闭环管理，差评整改时限一般不超过5个工作日。县政务服务中心将每季度通报一次评价结果，并纳入年度绩效考核。
桧山县政务服务中心管理办公室
二〇二四年十一月十五日
""",
    ),
    dict(
        slug="gov-yuanjiang-letter-site-suffix-phones-kept",
        site="樾江市住房和城乡建设局 (invented), text rendering",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://zjj.yuejiang.gov.cn/xxgk/tzgg/202406/t20240620_3310.html",
        title="关于商请协助开展城市燃气管道老化更新改造项目现场核查的函",
        record_title="关于商请协助开展城市燃气管道老化更新改造项目现场核查的函_樾江市住房和城乡建设局",
        date="2024-06-18",
        notes="site after an underscore in the record title; the letter's contacts and phones are body; Arabic date under the signature",
        page="""
!m 樾江市住房和城乡建设局
!m 首页　机构概况　政务公开　政策法规　办事服务　互动交流
!m 当前位置：首页 - 政务公开 - 通知公告
{T}
!m 时间：2024-06-20　来源：城建科　阅读：217　【字号：大 中 小】
{BODY}
!a 【打印文章】　【收藏本页】　【返回顶部】
!m 版权所有：樾江市住房和城乡建设局　地址：樾江市滨江大道188号　邮编：438100
!m 技术支持：樾江市大数据发展中心　网站标识码：4211000022
""",
        date_also=["2024-06-20"],
        indent="\u3000\u3000",
        body="""
市应急管理局、市市场监督管理局：
根据国家和省关于城市燃气管道等老化更新改造工作部署，我局正在组织开展2024年度城市燃气管道老化更新改造项目申报工作。为确保项目真实、准确、可实施，拟于6月下旬至7月上旬对各县（市、区）申报项目开展现场核查。鉴于贵局在燃气安全监管、特种设备检验等方面具有专业优势，特商请贵局各派1至2名业务骨干参加现场核查工作。
一、核查内容
主要核查申报改造的管道长度、材质、使用年限和安全隐患情况，以及调压站（箱）、用户设施等改造需求是否属实。
二、时间安排
现场核查分两组进行，第一组负责城区及樾东新区，第二组负责所辖四个县（市），每组核查时间约5个工作日。
三、有关事项
请于6月24日前将参加人员名单反馈我局城建科。
联系人：尹晓晨，电话：0713-8815526，邮箱：yjzjj_cjk@163.com。
樾江市住房和城乡建设局
2024年6月18日
""",
    ),
    dict(
        slug="news-jichuan-html-byline-editors",
        site="霁川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcnews.cn/system/2025/04/22/030118842.shtml",
        title="霁川市启动“千企万岗”春季招聘月活动",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="news page: reporter/correspondent lead, editor lines after the text, related news, comment box",
        page="""
<html><head><meta charset="utf-8"><title>霁川市启动“千企万岗”春季招聘月活动 - 霁川新闻网</title></head>
<body>
<div class="top">⟦m 霁川新闻网 · 霁川日报社主办⟧ <a>⟦a 客户端下载⟧</a> <a>⟦m 数字报⟧</a></div>
<div class="crumb">⟦m 霁川新闻网 &gt; 本地新闻 &gt; 民生⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-04-22 08:36:15　来源：霁川日报　作者：全媒体记者 伍嘉禾 通讯员 邹明⟧</div>
<div class="text">
{BODY}
</div>
<p class="editor">⟦m 责任编辑：樊思雨　　审核：邝建国⟧</p>
<div class="rel"><h3>⟦l 延伸阅读⟧</h3>
<p>⟦l ·霁川高新区举办高校毕业生专场双选会⟧</p>
<p>⟦l ·我市一季度城镇新增就业1.2万人⟧</p></div>
<div class="cmt">⟦l 网友评论（0）　我要评论　请遵守互联网相关规定，不发布不文明言论⟧</div>
<div class="ft">⟦d 霁川新闻网版权所有，未经书面授权禁止转载或建立镜像。⟧<br>⟦m 违法和不良信息举报电话：0718-2290110⟧</div>
</body></html>
""",
        body="""
4月21日，霁川市“千企万岗”春季招聘月活动在市人力资源市场启动。活动现场，来自装备制造、电子信息、现代物流等行业的216家企业提供就业岗位5300余个，吸引3000多名求职者进场应聘。
“今年我们计划招收120名技术工人，现场已经有40多人达成初步意向。”霁川精密机械有限公司人力资源部负责人说。
据了解，此次招聘月活动将持续至5月20日，期间市、县两级将举办线下专场招聘会36场、直播带岗20场，并组织“就业服务进村居”活动，把岗位信息送到群众家门口。市人社局还在现场设立政策咨询台，为企业和求职者提供社保补贴、创业担保贷款等政策咨询服务。
市人社局有关负责人表示，将持续加强岗位归集和供需对接，重点帮扶高校毕业生、农民工、就业困难人员等群体实现就业，全力稳就业、保民生。
""",
    ),
    dict(
        slug="news-liandu-text-new-year-address-under-title-date",
        site="涟渡融媒 (invented)",
        style="新闻门户",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://www.lianduxw.com/content/2025-01/01/content_60117.htm",
        title="二〇二五年新年贺词",
        record_title=None,
        date="2024-12-31",
        notes="no title in the record; the speaker and a bracketed date under the title; news-site header and footer",
        page="""
!m 涟渡融媒　|　涟渡新闻网
!m 首页 - 时政要闻 - 正文
{T}
中共涟渡县委书记　郁文澜
（2024年12月31日）
{BODY}
!m 来源：涟渡县融媒体中心　编辑：桑晴　二审：葛一鸣　三审：柯远
!l 【纠错】　【打印】　【关闭】
!l 相关阅读：县委常委会召开年度民主生活会｜涟渡县2024年十件民生实事全部完成
!m 涟渡新闻网　赣ICP备15006913号　互联网新闻信息服务许可证36120230017
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
全县广大干部群众，同志们、朋友们：
岁序更替，华章日新。在新年即将到来之际，我代表中共涟渡县委、县人大常委会、县人民政府、县政协，向全县人民，向所有关心支持涟渡发展的各界朋友，致以新年的美好祝福！
刚刚过去的一年，我们一起走过了不平凡的历程。这一年，全县地区生产总值增长6.3%，规模工业增加值增长9.1%；新开工亿元以上项目47个，涟渡高新区获批省级化工园区；新改建农村公路186公里，县人民医院新院区投入使用，城乡居民人均可支配收入分别增长5.4%和7.2%。一份份成绩单，凝结着全县人民的辛勤汗水。
新的一年，我们将坚定不移抓项目、强产业、惠民生，以更大的决心推进改革开放，以更实的举措办好民生实事，让发展成果更多更公平惠及全县人民。
路虽远，行则将至；事虽难，做则必成。让我们携手并肩、接续奋斗，共同书写涟渡高质量发展的崭新篇章！
祝大家新年快乐、阖家幸福、万事如意！
""",
    ),
    dict(
        slug="dangjian-hongqi-html-party-lecture-publish-line",
        site="芷阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zydjw.gov.cn/dkjt/2024/0701/15522.html",
        title="坚守初心使命　争做新时代合格党员——在“七一”专题党课上的讲稿",
        title_also=["坚守初心使命 争做新时代合格党员——在“七一”专题党课上的讲稿"],
        date="2024-07-01",
        notes="Party-building site; the date only in a 发布时间 line; no date in the record; study prompts and scoring",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芷阳党建网</title></head>
<body>
<div class="banner">⟦m 芷阳党建网⟧ <span>⟦m 中共芷阳县委组织部主办⟧</span></div>
<div class="nav"><a>⟦m 党建要闻⟧</a> <a>⟦m 党课讲堂⟧</a> <a>⟦m 先锋风采⟧</a> <a>⟦m 党员学习⟧</a></div>
<div class="position">⟦m 当前位置：首页 / 党课讲堂 / 精品党课⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="time">⟦m 发布时间：2024年07月01日　文章来源：县委组织部　作者：谭松涛⟧</p>
<div class="cont">
{BODY}
</div>
<div class="study">⟦a 学习完本文可获得1积分，请点击“完成学习”⟧ <button>⟦a 完成学习⟧</button></div>
<div class="pn">⟦l 上一篇：村党组织书记讲党课：小康路上党旗红⟧<br>⟦l 下一篇：机关党员干部“三亮三比”活动实施方案⟧</div>
</div>
<div class="copy">⟦d 版权所有 芷阳党建网 未经授权不得转载⟧　⟦m 技术维护电话：0745-6610328⟧</div>
</body></html>
""",
        body="""
同志们：
今天是中国共产党成立103周年纪念日。在这个特殊的日子里，我们在这里上一堂专题党课，共同回顾党的光辉历程，重温入党誓词，进一步坚定理想信念。今天我讲三个问题。
一、从党的百年奋斗中汲取前行力量
一百多年来，我们党团结带领人民，从一个胜利走向另一个胜利。历史告诉我们，党的力量来自组织，党的全面领导、党的全部工作要靠党的坚强组织体系去实现。
二、以实际行动践行入党誓言
入党誓词只有短短八十个字，却字字千钧。每一名党员都要经常对照誓词检视自己，看看自己的言行是否符合党员标准，是否做到了对党忠诚、积极工作、为共产主义奋斗终身。
三、在岗位上争当先锋模范
党员身份不能只写在入党志愿书上，更要体现在本职岗位上。希望大家亮身份、作表率，在急难险重任务面前冲在前面，在群众需要的时候站在身边。
同志们，让我们以这次党课为新的起点，不忘初心、牢记使命，为建设富裕美丽幸福新芷阳贡献力量！
""",
    ),
    dict(
        slug="dangjian-xianfeng-initiative-decorated-cn-date",
        site="鹭汀先锋网 (invented)",
        style="党建网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ltxianfeng.cn/dyfc/20240828/3391.html",
        title="致全区党员干部的文明祭扫倡议书",
        record_title="倡议书丨致全区党员干部的文明祭扫倡议书",
        date="2024-08-28",
        notes="decorated record title (倡议书丨…); Chinese-numeral date under the signature; slogan and QR prompt",
        page="""
!m 鹭汀先锋网
!m 凝聚先锋力量　引领基层治理
!m 首页 > 先锋风采 > 通知公告
!t 倡议书丨致全区党员干部的文明祭扫倡议书
!m 2024-08-28　　点击数：932
{BODY}
!a 扫描二维码，关注“鹭汀先锋”微信公众号
!m 主办：中共鹭汀区委组织部　承办：鹭汀区党员教育中心
""",
        indent="\u3000\u3000",
        body="""
全区广大党员干部：
中元节将至，为进一步破除陈规陋习，倡导文明节俭新风，防范火灾事故发生，区委组织部、区文明办向全区广大党员干部发出如下倡议：
一、带头文明祭扫。提倡鲜花祭扫、植树祭扫、网络祭扫、家庭追思等绿色环保的祭扫方式，不在街道、小区、林区焚烧纸钱、燃放鞭炮。
二、带头移风易俗。自觉抵制封建迷信活动，不搞铺张浪费，以敬献一束花、讲述一段家史等方式寄托哀思，传承良好家风。
三、带头宣传引导。积极向身边亲友宣传文明祭扫的意义，做文明新风的倡导者、实践者和传播者。
四、带头安全祭祀。确需祭祀的，要到指定地点进行，做到人离火灭，坚决杜绝火灾隐患。
让我们从自身做起、从现在做起，以实际行动推动形成文明健康、绿色环保的社会新风尚！
中共鹭汀区委组织部
鹭汀区精神文明建设委员会办公室
二〇二四年八月二十八日
""",
    ),
    dict(
        slug="rsks-renkao-html-recruitment-notice-table",
        site="樾江人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yjrsks.cn/tzgg/2025/0310/6682.html",
        title="樾江市2025年事业单位公开招聘工作人员笔试有关事项的通知",
        record_date="2025-03-10",
        date="2025-03-10",
        date_also=["2025-03-07"],
        notes="exam site: post table rows and consultation phones inside the body; admit-card and login buttons; attachment list",
        page="""
<html><head><meta charset="utf-8"><title>樾江人事考试网</title></head>
<body>
<div class="hd">⟦m 樾江人事考试网⟧ <span>⟦m 樾江市人事考试院⟧</span></div>
<div class="quick"><a>⟦a 考生登录⟧</a> <a>⟦a 准考证打印⟧</a> <a>⟦a 成绩查询⟧</a></div>
<div class="loc">⟦m 首页 ＞ 通知公告 ＞ 事业单位⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：2025-03-10　浏览：18630次⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦l 附件：1.樾江市2025年事业单位公开招聘岗位表.xlsx　2.考生诚信承诺书.docx⟧</div>
<div class="footer">⟦m 主办：樾江市人力资源和社会保障局　技术支持：樾江信息中心⟧<br>⟦d 本站发布的考试信息以正式公告为准，转载请注明出处。⟧</div>
</body></html>
""",
        body="""
各位报考人员：
樾江市2025年事业单位公开招聘工作人员报名和资格初审工作已经结束。经研究，现将笔试有关事项通知如下：
一、笔试时间和科目
笔试于2025年3月22日（星期六）举行，具体安排如下：
上午 9:00—10:30　职业能力倾向测验
上午 10:30—12:00　综合应用能力
二、准考证打印
报考人员请于3月18日9:00至3月21日17:00登录报名系统自行打印准考证。准考证是参加笔试和面试的重要凭证，请妥善保管。
三、各类别考场设置
岗位类别　考区　考场数
综合管理类（A类）　市区　48
社会科学专技类（B类）　市区　22
自然科学专技类（C类）　樾东新区　17
医疗卫生类（E类）　樾东新区　31
四、注意事项
报考人员须凭准考证和本人有效居民身份证参加考试，两证缺一不得入场。开考30分钟后不得入场，考试结束前不得交卷退场。
五、咨询电话
考务咨询：0713-8826301，工作日8:30—12:00、14:30—17:30。
政策咨询：0713-8826315。
樾江市人事考试院
2025年3月7日
""",
    ),
    dict(
        slug="rsks-jichuan-text-exam-site-letter-cn-date",
        site="霁川市人事考试网 (invented), text rendering",
        style="人事考试网",
        genre="函",
        kind="notice",
        form="text",
        source="http://rsks.jichuan.gov.cn/html/2024/tongzhi_0912/1733.html",
        title="关于商请做好2024年下半年全国专业技术人员职业资格考试考点保障工作的函",
        record_title="关于商请做好2024年下半年全国专业技术人员职业资格考试考点保障工作的函.wps",
        date="2024-09-12",
        notes="file-name title (.wps); a list of dates and phone numbers in the body; Chinese-numeral date; previous/next",
        page="""
!m 霁川市人事考试网
!m 当前位置：网站首页 >> 考务动态
{T}
!m 作者：考务科　　发布日期：2024-09-12　　来源：本站原创
{BODY}
!l 【上一篇】关于2024年度初级会计资格考试成绩发布的公告
!l 【下一篇】2024年下半年中小学教师资格考试（笔试）温馨提示
!a ［收藏］［打印预览］［返回上页］
!m 霁川市人事考试中心　地址：霁川市建设北路17号　电话：0718-8236600（考务）
""",
        indent="\u3000\u3000",
        body="""
市教育局、市公安局、市卫生健康委、国网霁川供电公司：
2024年下半年全国专业技术人员职业资格考试将在我市举行，涉及一级建造师、经济专业技术资格、社会工作者职业资格等多项考试，预计考生2.6万人次。为确保考试安全顺利进行，特商请贵单位协助做好以下工作：
一、请市教育局协调市第一中学、市实验中学、霁川职业技术学院等学校作为考点，并做好考场布置、监考人员选派等工作。
二、请市公安局在考试期间加强考点周边治安管理和交通疏导，严厉打击组织考试作弊等违法犯罪行为。
三、请市卫生健康委在每个考点安排医护人员现场值守，做好突发疾病考生救治工作。
四、请国网霁川供电公司做好考试期间考点供电保障。
考试日期：9月21日至22日、10月26日至27日、11月2日至3日。
联系人：鲁静怡，电话：0718-8236611，13872011847。
霁川市人事考试中心
二〇二四年九月十二日
""",
    ),
]
