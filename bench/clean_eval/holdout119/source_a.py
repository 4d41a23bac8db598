"""holdout119, part A: speed bumps (减速带) on roads, estates and school gates. Invented text."""

CASES = [
    dict(
        slug="gov-zhiyang-speedbump-notice-html-index",
        site="枳阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhiyang.gov.cn/zwgk/tzgg/202504/t20250411_88213.html",
        title="枳阳县交通运输局关于规范农村公路减速带设置的通知",
        record_title="枳阳县交通运输局关于规范农村公路减速带设置的通知_通知公告_枳阳县人民政府网",
        date="2025-04-09",
        date_also=["2025-04-11"],
        notes="index table with 成文日期 and 发布日期; own contact next to the portal's hotline; 附件 list",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>枳阳县交通运输局关于规范农村公路减速带设置的通知_通知公告_枳阳县人民政府网</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="topbar">⟦m 枳阳县人民政府网　枳于山水·阳在民生⟧ <span>⟦a 无障碍阅读　|　长者模式　|　繁體⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 所在栏目：首页 » 政务公开 » 通知公告⟧</div>
<table class="info">
<tr><td>⟦m 信息索引：ZY-JT-2025-00417⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文单位：枳阳县交通运输局⟧</td><td>⟦m 成文时间：2025年04月09日⟧</td></tr>
<tr><td>⟦m 上网时间：2025-04-11⟧</td><td>⟦m 浏览量：1,208⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 〖放大字号〗〖还原〗〖打印此页〗〖存为收藏〗⟧</div>
<div class="zw">
{BODY}
</div>
<div class="prev">⟦l 上一条：枳阳县2025年春运工作总结通报⟧</div>
<div class="next">⟦l 下一条：关于开展桥梁限载标志排查的通知⟧</div>
<div class="foot">⟦m 主办：枳阳县人民政府办公室　网站标识码3607330021⟧<br>⟦m 赣ICP备15003317号-1　政务服务热线：12345⟧<br>⟦d 本网所刊内容未经授权不得转载⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县公路事业发展中心，各有关单位：
近期，部分村民反映个别村道自行设置的减速带高度过高、间距过密，导致电动车和农用车通行颠簸，夜间还发生了多起摔倒事故。为规范农村公路减速带设置，保障群众出行安全，现将有关事项通知如下：
一、各乡镇要对辖区内农村公路上的减速带开展一次全面排查，重点排查未经审批私自设置、高度超过5厘米、未设置警示标志等情形，并于5月20日前将排查情况报县交通运输局。
二、确需在学校、村委会、集市路口等路段设置减速带的，由乡镇提出申请，经县交通运输局会同县公安局交警大队现场踏勘后设置，并同步设置减速慢行标志和反光标线。
三、对排查发现的不合规减速带，各乡镇要在6月底前完成拆除或改造，改造费用从农村公路养护资金中列支。
联系人：县交通运输局安全科　邱卫东，电话：0797-8621345。
附件：1.农村公路减速带排查登记表
2.减速带设置申请表
枳阳县交通运输局
2025年4月9日
""",
        p_html='<p style="text-indent:2em">{}</p>',
    ),
    dict(
        slug="community-yudu-speedbump-vote-text",
        site="榆渡街道桂园社区 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="https://guiyuan.yudu-jd.org.cn/gonggao/2025/0318.html",
        title="关于在小区东门通道加装减速带的意见征询结果公示",
        record_title=None,
        date="2025-03-18",
        notes="no title in the record; a vote table; a 扫码 sentence that belongs to the notice",
        page="""
!m 桂园社区服务网　邻里一家亲
!m 【社区动态】 > 公示公告
!t 桂园社区｜关于在小区东门通道加装减速带的意见征询结果公示
{T}
!m 来源：桂园社区居委会　　更新：2025-03-18　　人气：366
{BODY}
!l 👍 点赞(12)　　💬 留言(3)
!l 往期公示：
!l 关于二期地下车库照明改造的公示
!l 2025年度楼道长名单公示
!m 社区办公电话：0578-6220917（工作日8:30-17:30）
!d Copyright 2025 桂园社区 保留所有权利
""",
        indent="\u3000\u3000",
        body="""
各位居民：
针对东门通道车速过快、老人和儿童通行存在安全隐患的问题，社区居委会会同物业服务中心于3月1日至3月15日开展了加装减速带意见征询，现将结果公示如下。
楼栋　发放户数　同意　不同意　未表态
1—6幢　214　167　21　26
7—12幢　198　149　30　19
合计　412　316　51　45
同意户数占总户数的76.7%，超过三分之二，加装减速带事项通过。
物业服务中心将于3月下旬完成施工，施工期间东门通道临时封闭两天，请居民从南门进出。
对公示结果有异议的，请于3月25日前扫描公告栏二维码留言，或到社区服务站当面反映。
桂园社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="forum-luchuan-speedbump-complaint-junk",
        site="蔺川生活论坛 (invented)",
        style="论坛",
        genre="投诉信",
        kind="letter",
        form="text",
        source="http://bbs.linchuan-life.net/thread-558120-1-1.html",
        title="关于滨河路减速带噪音扰民问题的联名反映",
        record_title="[民生投诉] 关于滨河路减速带噪音扰民问题的联名反映（求顶）",
        date="2025-06-02",
        notes="forum post with floor meta, junk lines and glued junk; the letter's own signing date",
        page="""
!m 蔺川生活论坛 › 民生热线 › 投诉建议
!t [民生投诉] 关于滨河路减速带噪音扰民问题的联名反映（求顶）
!m 楼主：河边小住　　发表于 2025-6-3 21:14　　只看该作者
!m 查看: 2047　|　回复: 38
{BODY}
!l 本帖最后由 河边小住 于 2025-6-3 21:20 编辑
!a 收藏帖子　　分享到朋友圈　　举报
!l 沙发　老街坊：顶一个，晚上货车过减速带咣当咣当的，根本睡不着
!l 板凳　蔺川网友8812：支持，已转给交警大队
!m 蔺川生活论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=1),
        body="""
蔺川县公安局交警大队、县城市管理局：
我们是滨河路锦绣苑、临江小区的住户。去年11月，滨河路锦绣苑路段新装了三道橡胶减速带。减速带本是好事，但该路段夜间大型货车较多，车辆经过时震动和撞击声很大，严重影响周边居民休息。
经我们自行测量，夜间22时后车辆通过时噪声最高达到78分贝。部分老人和学生反映长期失眠，已有住户到医院就诊。
为此，我们恳请有关部门：一是将橡胶减速带更换为噪声较小的振动标线；二是夜间对大型货车实行限速或绕行；三是在路段设置测速提示，替代部分减速带。
以上意见，恳请予以研究答复。
锦绣苑、临江小区住户代表　共56户
2025年6月2日
""",
    ),
    dict(
        slug="tender-lizhou-speedbump-bid-result-html",
        site="栎城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.licheng.gov.cn/jyxx/zfcg/zbgg/20250522/9931.html",
        title="栎城区2025年城区道路减速带及交通标线改造项目中标结果公告",
        date="2025-05-22",
        notes="bid-result table; buyer's and agency's own contacts beside the platform's CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栎城区2025年城区道路减速带及交通标线改造项目中标结果公告-栎城公共资源交易网</title></head><body>
<header><div class="logo">⟦m 栎城公共资源交易网⟧</div><div class="login">⟦a 主体登录　｜　免费注册　｜　CA办理⟧</div></header>
<nav>⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</nav>
<div class="crumb">⟦m 当前：交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<h3 class="tit">{T}</h3>
<div class="sub">⟦m 【信息时间：2025-05-22　阅读次数：473】⟧ ⟦a 【我要打印】【关闭】⟧</div>
<div class="ewb-article">
{BODY}
</div>
<aside><h4>⟦l 相关公告⟧</h4><ul><li>⟦l 栎城区2025年城区道路减速带及交通标线改造项目招标公告⟧</li><li>⟦l 栎城区背街小巷路灯维修项目结果公告⟧</li></ul></aside>
<footer>⟦m CA证书服务热线：400-611-3025⟧　⟦m 技术支持：栎城信创科技⟧<br>⟦d 版权所有 © 栎城区公共资源交易中心⟧</footer>
</body></html>
""",
        body="""
一、项目编号：LCCG-2025-0318
二、项目名称：栎城区2025年城区道路减速带及交通标线改造项目
三、中标信息
供应商名称　供应商地址　中标金额（元）
栎城市畅安交通设施工程有限公司　栎城区工业大道18号　1,286,450.00
四、主要标的信息：铸钢减速带约1800米，热熔振荡标线约6500平方米，配套警示标志42套，工期60日历天。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：栎城区城市管理局，联系人：钟女士，联系电话：0736-5212078。
采购代理机构：栎城正衡招标咨询有限公司，联系人：乔工，联系电话：0736-5339012。
""",
    ),
    dict(
        slug="fanwen-shibu-speedbump-summary-wrapped",
        site="拾步范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shibufw.com/zongjie/anquan/2025/31047.html",
        title="2024年度校园周边交通安全设施整治工作总结",
        record_title="2024年度校园周边交通安全设施整治工作总结（精选）",
        date=None,
        notes="hard-wrapped at 62 columns; year only in the title; writing-service line between paragraphs",
        page="""
!m 拾步范文网 — 一步一步写好材料
!m 位置：首页 ＞ 工作总结 ＞ 安全工作总结
!t 2024年度校园周边交通安全设施整治工作总结（精选）
!m 整理：小拾　　2天前　　浏览 914
!a ◆复制本文◆　◆下载DOC◆　◆生成PDF◆
{BODY}
!a 喜欢本文请收藏本站，下次写材料更方便
!l ▲ 同类范文
!l 学校交通安全工作总结（通用8篇）
!l 护学岗工作总结范文
!d 本站文章均为网友分享，仅供参考，侵删。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，我局会同公安交管、住建等部门，以“护校安园”为目标，对全县48所中小学、幼儿园周边道路交通安全设施进行了系统整治，取得了明显成效。
一、摸清底数，建立问题清单。年初组织人员逐校走访，共排查出减速带缺失或损坏、斑马线褪色、警示标志不全等问题163处，逐一建立台账，明确整改时限和责任单位。
⟦w 写材料没思路？资深笔杆一对一代写，薇信同号：shibu_777⟧
二、分类施策，推进设施改造。新设和更换减速带2100余米，重新施划人行横道线87处，增设“前方学校　减速慢行”标志96套，在12所学校门口安装了爆闪警示灯。
三、建管并重，完善长效机制。推动各学校与属地交警中队建立联络机制，上下学高峰期落实护学岗；对减速带等设施实行季度巡查，发现损坏及时修复。
下一步，我们将继续聚焦校园周边交通安全短板，推动设施整治向农村学校延伸，切实守护师生出行安全。
""",
    ),
    dict(
        slug="qa-wenduoduo-speedbump-legal-answer-html",
        site="问多多 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenduoduo.cn/q/8820193.html",
        title="小区业主能不能自己在楼下装减速带？",
        record_title="小区业主能不能自己在楼下装减速带？ - 问多多",
        date="2025-02-14",
        notes="Q&A answer; answered-on byline is the page's date; vote bar and related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>小区业主能不能自己在楼下装减速带？ - 问多多</title></head><body>
<div class="hd">⟦m 问多多 · 有问必答⟧ <a>⟦a 登录后提问⟧</a></div>
<div class="q"><h1>{T}</h1><p class="qmeta">⟦m 提问者：匿名用户　｜　2025-02-13⟧</p><p>楼下车开得太快，几个邻居想凑钱装一条，有没有问题？</p></div>
<div class="ans">
<div class="author">⟦m 芷兰律师　已认证　执业证号1410****0921⟧</div>
<div class="ansmeta">⟦m 回答于 2025-02-14 09:32⟧</div>
{BODY}
<div class="vote">⟦l 有帮助(86)　没帮助(3)　评论(7)⟧</div>
</div>
<div class="side"><h4>⟦l 相似问题⟧</h4><ul><li>⟦l 物业乱收停车费怎么投诉？⟧</li><li>⟦l 小区道路算不算公共道路？⟧</li></ul></div>
<div class="ft">⟦d 回答仅代表个人观点，不构成法律意见⟧ ⟦m 问多多 wenduoduo.cn ICP证京B2-20190477⟧</div>
</body></html>
""",
        body="""
不建议业主自行安装，原因有三点。
第一，小区道路属于业主共有部分。按照《民法典》第二百七十八条，改变共有部分的用途或者设置影响通行的设施，应当由业主共同决定，几户邻居商量好了并不算数。
第二，安装后出了事故，安装的人可能要担责。比如电动车夜间看不清减速带摔伤，伤者可以向设置人主张赔偿。
第三，正确的做法是向物业服务企业或业主委员会书面提出，由业委会组织表决，表决通过后由物业按规范施工，并设置警示标志。
如果物业拖着不办，可以向街道或住建部门反映。
""",
    ),
    dict(
        slug="print-chuanyang-speedbump-maintenance-rules",
        site="椿原市市政设施管理处 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="https://szss.chunyuan.gov.cn/print.aspx?id=20417",
        title="椿原市城市道路减速带维护管理办法（试行）",
        record_title="打印预览：椿原市城市道路减速带维护管理办法（试行）",
        date="2025-01-06",
        notes="print view; articles speak of 打印/下载 as content; print footer page marker",
        page="""
!m 椿原市市政设施管理处　www.cyszss.gov.cn
!t 打印预览：椿原市城市道路减速带维护管理办法（试行）
!a [ 打印 ]　[ 返回正文 ]
{T}
椿市政〔2025〕2号
{BODY}
!m 打印时间：2025/7/19 10:02:33
!p ─ 第1页 · 全1页 ─
""",
        body="""
第一条　为加强城市道路减速带的维护管理，保障道路通行安全，结合本市实际，制定本办法。
第二条　本办法所称减速带，是指在城市道路上设置的、用于降低机动车行驶速度的凸起设施，包括橡胶、铸钢和振荡标线等类型。
第三条　市政设施管理处负责全市城市道路减速带的巡查、维修和更换；各区城管执法部门负责查处擅自设置、拆除减速带的行为。
第四条　巡查人员每月对减速带巡查不少于两次，发现松动、断裂、缺失的，应当在48小时内修复。
第五条　维修记录应当录入设施管理系统，每季度下载汇总表并打印存档，保存期限不少于三年。
第六条　本办法自2025年2月1日起试行。
椿原市市政设施管理处
2025年1月6日
""",
    ),
    dict(
        slug="mail-zhehwan-speedbump-fwd-request",
        site="柘湾镇政府邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:dzb@zhewan.gov.cn#msg-20250609",
        title="柘湾镇人民政府关于申请省道S217过境段增设减速设施的请示",
        record_title="转发：柘湾镇人民政府关于申请省道S217过境段增设减速设施的请示.docx",
        title_in="file-name",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="forwarded mail; mail headers chrome; document's own 抄送 and 附件 kept",
        page="""
!m 发件人：柘湾镇党政办 <dzb@zhewan.gov.cn>
!m 收件人：县交通运输局办公室 <bgs@jtj.chuanbei.gov.cn>
!m 时间：2025年6月9日（星期一）上午10:16
!t 主题：转发：柘湾镇人民政府关于申请省道S217过境段增设减速设施的请示.docx
!a 附件 1 个（请示正文.docx，46KB）　预览　下载　转存网盘
-------- 转发的邮件 --------
{T}
柘政〔2025〕41号
{BODY}
!d 本邮件可能包含保密信息，如非指定收件人请立即删除。
!m 柘湾镇人民政府党政办公室 · 电话 0739-7610022
""",
        body="""
县交通运输局：
省道S217穿越我镇集镇区域约2.3公里，沿线有柘湾中学、镇中心小学和农贸市场。近两年该路段共发生交通事故19起，其中涉及学生的4起。由于省道属于国省干线，我镇无权自行设置减速设施。
为保障群众出行安全，特申请在柘湾中学、镇中心小学路口前后各150米范围内增设振荡减速标线，并在农贸市场路口增设信号灯和减速慢行标志。
妥否，请批示。
附件：S217柘湾集镇段事故统计表
柘湾镇人民政府
2025年6月6日
抄送：县公安局交警大队
""",
    ),
    dict(
        slug="corp-tiezhou-speedbump-product-news-html",
        site="铁舟交通设施有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tiezhou-traffic.com/news/company/2025-03-27-214.html",
        title="公司再生橡胶减速带通过省级新产品鉴定",
        record_title="公司再生橡胶减速带通过省级新产品鉴定-新闻中心-铁舟交通设施",
        date="2025-03-27",
        record_date="2025-03-27",
        notes="corporate site: sales hotline and floating consult box; the news's own phone for samples",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司再生橡胶减速带通过省级新产品鉴定-新闻中心-铁舟交通设施</title></head><body>
<div class="top">⟦m 铁舟交通　安全每一程⟧ ⟦w 全国销售热线：400-870-6633⟧</div>
<ul class="menu"><li>⟦m 网站首页⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 工程案例⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="bread">⟦m 您的位置：网站首页 / 新闻中心 / 公司新闻⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-03-27　来源：本站　点击：306⟧</p>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l ← 上一篇：铸钢减速带安装常见问题解答⟧<br>⟦l 下一篇：公司参加2025华中交通安全设施展 →⟧</div>
<div class="float-kf">⟦w 在线咨询　微信：tiezhou8899　免费获取报价⟧</div>
<div class="footer">⟦m 地址：枳阳县工业园区创新路6号⟧ ⟦m 赣ICP备19011820号⟧ ⟦d 版权所有 铁舟交通设施有限公司⟧</div>
</body></html>
""",
        body="""
3月25日，省工业和信息化厅组织专家对我公司研发的再生橡胶减速带进行了新产品鉴定。专家组一致认为，该产品在抗压强度、耐候性和降噪性能方面达到国内同类产品先进水平，同意通过鉴定。
该产品以废旧轮胎再生胶为主要原料，单块承压可达30吨，车辆通过时噪声较传统产品降低约6分贝，适合在居民区、学校周边等对噪声敏感的路段使用。
目前，该产品已在枳阳、椿原等地12个小区和8所学校试用。需要样品的工程单位，可致电技术部0797-8650213申领。
""",
    ),
    dict(
        slug="snapshot-huaiyu-speedbump-village-rules-html",
        site="槭岭镇槐峪村村务公开栏 (invented)",
        style="搜索快照",
        genre="村规民约",
        kind="rules",
        form="html",
        source="http://cache.soubai.com/c?m=huaiyu-cunwu-2024-88&p=17",
        title="槐峪村关于村道减速带管护的约定",
        record_title=None,
        date="2024-09-30",
        notes="search-engine cache frame above the page; numbered list; date under the signature in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>槐峪村关于村道减速带管护的约定 - 百度快照替身</title></head><body>
<div class="cache-bar">⟦m 这是 http://www.huaiyu-cun.cn/cwgk/88.html 的快照，是网页在 2025年4月2日 的存档。⟧<br>⟦a 当前页面可能已更改，点击查看当前页面⟧　⟦m 快照已为您标出以下关键词：减速带　管护⟧</div>
<hr>
<div id="page">
<div class="h">⟦m 槐峪村村务公开栏⟧　⟦m 村务　党务　财务⟧</div>
<h2>{T}</h2>
{BODY}
<div class="f">⟦m 槐峪村村民委员会制作　访问量：00417⟧</div>
</div>
</body></html>
""",
        body="""
为管好用好村道上新装的减速带，经村民代表会议讨论通过，作如下约定：
1. 减速带由村委会统一设置，任何人不得擅自增设、挪动或拆除。
2. 农用车、三轮车经过减速带时应当减速慢行，装载过重的车辆应当绕行南环路。
3. 各村民小组长负责本组路段减速带的日常查看，发现损坏的及时报告村委会。
4. 故意损坏减速带的，由损坏人照价赔偿，并在村务公开栏通报。
本约定自公布之日起执行。
槐峪村村民委员会
二〇二四年九月三十日
""",
    ),
    dict(
        slug="localforum-baishui-speedbump-school-gate-text",
        site="楝水论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.lianshui-bbs.com/forum.php?mod=viewthread&tid=301774",
        title="致楝水二小家长的一封安全出行倡议书",
        record_title="【转帖】致楝水二小家长的一封安全出行倡议书-楝水论坛",
        date="2025-09-01",
        notes="local forum repost; dates: relative time in the byline, 成文 date under the signature",
        page="""
!m 楝水论坛 » 楝水教育 » 家长交流区
!t 【转帖】致楝水二小家长的一封安全出行倡议书-楝水论坛
!m 发帖人：雨后晴川　｜　3天前　｜　阅读 5,612
!m 转自：楝水二小家校共育平台
{T}
{BODY}
!l 回复此帖的网友还看了：
!l 开学第一周，楝水城区几所学校门口交通怎么走？
!l 二小门口那条减速带到底啥时候修好？
!a 登录后才能回复，还没账号？立即注册
!m 楝水论坛客服QQ：2860013451　｜　站务邮箱 admin@lianshui-bbs.com
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位家长：
新学期开学在即。学校门口的建新路车流量大，上下学时段接送车辆集中，去年曾多次发生车辆剐蹭和学生险些被撞的情况。为此，学校与交警中队、社区共同向各位家长发出如下倡议：
一、驾车接送时，请在校门两侧划定的临时停车区停车，经过门口减速带前务必减速至每小时20公里以下。
二、骑电动车接送时，请为孩子佩戴安全头盔，不在校门口掉头、逆行。
三、请教育孩子走人行横道，不在减速带和车辆之间穿行、打闹。
四、欢迎家长报名参加“护学岗”志愿服务，报名请扫描班级群内的二维码。
让我们携起手来，为孩子们营造安全、有序的上学环境。
楝水县第二小学
2025年9月1日
""",
    ),
]
