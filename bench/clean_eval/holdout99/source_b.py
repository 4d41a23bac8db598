"""holdout99, part B: a blog, WeChat mirrors, document sharing, education portals, intranets, Q&A.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-xuebao-summary-snow-leopard",
        site="雪线日志 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://xuexianrizhi.blogcn.net/archives/2025-snowleopard.html",
        title="2025年度雪豹红外相机监测工作小结",
        date=None,
        notes="a ranger's blog; relative post time only and a year in the title: no date",
        page="""
!m 雪线日志｜一个巡护员的山上笔记
!m 首页　/　巡护手记　/　正文
{T}
!m 作者：扎西岗巡护员　　3天前　　阅读 862
{BODY}
!l ——
!l #雪豹 #红外相机 #巡护
!l 喜欢这篇文章？点个赞再走吧 ♥ 23
!l 评论区（5）：
!l 高原风：辛苦了，期待明年更多好消息！
!l 小狐狸：第三段那只小豹子太可爱了
!d 本站内容为博主原创，转载请联系博主并注明出处。
""",
        gap=True,
        body="""
今年我们保护站在辖区布设的五十台红外相机全部完成了四次回收，共获得有效照片一万四千余张，其中拍到雪豹的独立事件一百零三次，比去年增加了十九次。
经过比对斑纹，今年共识别出雪豹个体十三只，其中新个体四只，包括一只带着两只幼崽的雌性。这是我们站建站以来第一次拍到雪豹带崽的完整画面。
除了雪豹，相机还记录到岩羊、赤狐、石貂、兔狲等兽类十七种，鸟类二十九种。岩羊群数量稳定，说明雪豹的食物来源比较充足。
这一年最大的困难还是天气。十月份第三次回收时遇到大雪，我们在垭口下面困了两天，有三台相机被雪埋住，直到十一月才挖出来。
明年计划在东沟新增十台相机，并尝试用卫星传输设备实时回传数据，减少人员上山次数。
""",
    ),
    dict(
        slug="wechat-liushou-notice-summer-care-html",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.weiwenjx.com/s/Lq8cT2mN0aPzR4",
        title="关于开展2025年暑期留守儿童“护苗驿站”关爱活动的通知",
        record_title="关于开展2025年暑期留守儿童“护苗驿站”关爱活动的通知｜禾川镇社工站",
        date="2025-07-01",
        notes="WeChat-style mirror; account line date; sentences about 扫码/关注 in the document kept; follow card and 在看 chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年暑期留守儿童“护苗驿站”关爱活动的通知｜禾川镇社工站</title></head><body>
<div class="mirror-top">⟦m 微文镜像站 · 公众号文章存档⟧ ⟦a 在微信中打开⟧</div>
<div class="rich_media"><h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 禾川镇社工站　2025年07月01日 17:45　浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“禾川镇社工站”⟧</div>
<div class="tool">⟦l 阅读 1892　分享　在看 37　赞 61⟧</div>
<div class="comment">⟦l 留言区：家长阿芬 — 已报名，谢谢社工老师！⟧</div>
</div>
<div class="mirror-foot">⟦d 本站仅做公开文章存档，文章版权归原公众号所有。⟧</div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
各村（社区）、镇属各学校：
为帮助留守儿童度过一个安全、快乐、充实的暑假，镇社工站决定在暑期开展“护苗驿站”关爱活动。现将有关事项通知如下。
一、活动时间
2025年7月10日至8月20日，每周一至周五下午。
二、活动地点
镇社工站活动室及石桥村、溪口村两个村级驿站。
三、活动内容
开展作业辅导、防溺水安全课、手工课和亲情视频通话等活动，每周组织一次户外研学。
四、报名方式
家长可到所在村委会现场报名，也可扫码填写报名表。请各村于7月5日前关注镇社工站公众号，把报名二维码转发到本村家长群。
联系人：叶青禾　电话：13857960214
禾川镇社会工作服务站
2025年7月1日
""",
    ),
    dict(
        slug="wechat-yinzhi-pledge-telecom-fraud-oneline",
        site="文摘镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wenzhaijx.net/mp/2025/03/fraud-0318.html",
        title="防范电信网络诈骗倡议书",
        record_title="防范电信网络诈骗倡议书 | 苇城农商银行",
        date="2025-03-18",
        notes="mirror of a bank branch's account; the body on one line; 下载/关注 sentences of the document kept",
        page="""
!m 文摘镜像 — 好文章值得被保存
!t 防范电信网络诈骗倡议书 | 苇城农商银行
!m 原创　苇城农商银行　2025-03-18
{BODY}
!m 原文链接：mp.weixin.qq.com/s/fake-wc-rcb-0318
!l 点“在看”，把安全传递给更多人 👍
!d 声明：镜像内容来自公开网络，如需删除请联系 jingxiang@wenzhaijx.net
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
广大客户朋友们：
当前，电信网络诈骗手段不断翻新，冒充客服退款、刷单返利、虚假投资理财等骗局层出不穷。为守护好大家的“钱袋子”，苇城农商银行向广大客户发出如下倡议。
一是牢记“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。
二是主动下载国家反诈中心APP，开启来电预警功能，遇到可疑电话及时挂断。
三是保管好银行卡和手机验证码，不出租、出借、出售自己的银行卡和账户。
四是关注本行官方公众号，及时了解最新诈骗手法；如不慎被骗，请立即拨打110报警。
苇城农村商业银行股份有限公司
2025年3月18日
""",
    ),
    dict(
        slug="docshare-wenyou-rule-almond-markers",
        site="文友共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenyougx.com/doc/5502917.html",
        title="巴旦木丰产栽培技术规程",
        record_title="巴旦木丰产栽培技术规程（word可编辑）",
        date=None,
        notes="decorated title; page markers of our own (✦2✦) cut sentences; upload notice; no date",
        page="""
!m 文友共享 · 文档上传分享平台
!m 首页 > 农林牧渔 > 种植技术
{T}
!m 上传者：果园老陈　　格式：DOCX　　页数：5　　上传日期：2025-02-27
!a ⬇ 立即下载　　✎ 在线编辑　　♡ 收藏
{BODY}
!a 您已阅读完免费部分，购买后可下载完整文档（¥4.80）
!d 声明：本文档由网友上传，文友共享不拥有其版权，如有侵权请联系删除。
!l 猜你想找：核桃丰产栽培技术 | 果园病虫害绿色防控手册
""",
        pages=dict(fmt="✦{n}✦", every=200, start=2),
        body="""
1 范围
本规程规定了巴旦木建园、土肥水管理、整形修剪、病虫害防治和采收的技术要求，适用于年降水量不足三百毫米的绿洲灌区。
2 建园
2.1 园地选择：选择土层深厚、排水良好、地下水位在二米以下的沙壤土，避开霜冻频发的低洼地。
2.2 品种配置：主栽品种与授粉品种按四比一配置，授粉树均匀分布于园内。
3 土肥水管理
3.1 施肥：秋季采果后每株施腐熟农家肥三十公斤；萌芽前和果实膨大期各追施一次复合肥。
3.2 灌溉：全年灌水五至六次，花期和采收前十五天停止灌水。
4 整形修剪
采用开心形树形，主枝三至四个，冬剪以疏除过密枝、病虫枝为主。
5 病虫害防治
重点防治蚜虫、红蜘蛛和流胶病，优先采用物理防治和生物防治，化学农药须按标签用量使用。
6 采收
果实外果皮开裂达百分之八十以上时采收，采后及时脱皮晾晒，含水量降至百分之六以下方可入库。
""",
    ),
    dict(
        slug="docshare-youdang-plan-crosswalk-html",
        site="优档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.youdang.net/d/2025/72c84b0e.html",
        title="梧溪县“礼让斑马线”文明交通示范行动实施方案",
        record_title="梧溪县“礼让斑马线”文明交通示范行动实施方案_优档网",
        date="2025-04-15",
        notes="document-sharing reader; a data table; upload notice; 成文日期",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>梧溪县“礼让斑马线”文明交通示范行动实施方案_优档网</title></head><body>
<div class="hd">⟦m 优档网　好文档，优先看⟧ <span>⟦a 上传赚积分⟧</span> <span>⟦a 登录 / 注册⟧</span></div>
<div class="bread">⟦m 优档网 / 公文范本 / 实施方案⟧</div>
<div class="doc"><h1>{T}</h1>
<ul class="info"><li>⟦m 文档ID：72c84b0e⟧</li><li>⟦m 浏览：745⟧</li><li>⟦m 分享时间：2025-05-02⟧</li></ul>
<div class="docbody">
{BODY}
</div>
<div class="dl"><button>⟦a 免费下载此文档（PDF 178KB）⟧</button> <button>⟦a 转发给好友⟧</button></div>
<p class="notice">⟦d 优档网所有文档均由用户上传，仅供学习参考；如您是版权人，请发送权属证明至 banquan@youdang.net。⟧</p>
</div>
<div class="side"><h3>⟦l 相关推荐⟧</h3><p>⟦l 文明交通进校园活动方案⟧</p><p>⟦l 电动自行车规范管理通告⟧</p></div>
<div class="ft">⟦m ©2025 优档网　粤ICP备20066154号⟧</div>
</body></html>
""",
        body="""
为深入推进文明城市创建，提升机动车驾驶人礼让行人意识，县文明办、县公安局交警大队决定在全县开展“礼让斑马线”文明交通示范行动，制定本方案。
一、工作目标
到2025年底，城区主要路口机动车礼让行人率达到95%以上，公交车、出租车礼让率达到100%。
二、示范路段
路段　　责任单位　　完成时间
人民路（一中至汽车站）　　交警一中队　　6月底
梧桐大道全段　　交警二中队　　7月底
滨河路（学府路口）　　城管局　　8月底
三、主要措施
（一）完善设施。在示范路段斑马线前增设“礼让行人”地面标识和提示牌，学校周边路口配备护学岗。
（二）严格执法。利用电子抓拍设备对不礼让行为依法处罚，每月在县融媒体中心曝光典型案例。
（三）正面引导。在公交、出租车企业开展“礼让之星”评选，对连续三个月零违法的驾驶员给予表彰。
梧溪县精神文明建设指导委员会办公室
2025年4月15日
""",
    ),
    dict(
        slug="edu-yunshui-notice-scoliosis-html",
        site="云水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yunshui.gov.cn/tzgg/2025/0905/4417.html",
        title="关于开展2025年秋季中小学生脊柱侧弯筛查工作的通知",
        record_title="【通知公告】关于开展2025年秋季中小学生脊柱侧弯筛查工作的通知",
        date="2025-09-04",
        date_also=["2025-09-05"],
        notes="education portal; the notice's own contact next to the site's phone; 附件 list; a 回执 slip kept",
        page="""
<html><head><meta charset="utf-8"><title>云水县教育体育局</title></head><body>
<div class="banner">⟦m 云水县教育体育局　立德树人　办人民满意的教育⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 局长信箱⟧</li></ul>
<div class="where">⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</div>
<h2 class="t">{T}</h2>
<div class="inf">⟦m 发布人：体卫艺股　日期：2025年09月05日　点击数：1023⟧</div>
{BODY}
<div class="att">⟦a 附件下载：筛查知情同意书.docx（点击下载）⟧</div>
<div class="pn">⟦l 上一条：关于做好秋季学期开学安全工作的通知⟧<br>⟦l 下一条：2025年教师节表彰名单公示⟧</div>
<div class="foot">⟦m 云水县教育体育局版权所有　地址：云水县学府路8号　办公室电话：0851-62213005⟧<br>⟦m 黔ICP备13004219号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为早发现、早干预学生脊柱侧弯问题，根据省卫健委、省教育厅有关要求，县教体局联合县人民医院康复科，在全县中小学开展秋季脊柱侧弯筛查。现将有关事项通知如下。
一、筛查对象：全县小学四年级至初中三年级全体学生，约一万一千人。
二、筛查时间：2025年9月15日至10月31日，具体日程由县人民医院与各校另行商定。
三、筛查方式：采用目测、前屈试验和躯干旋转测量仪检查，不涉及X光检查，对学生身体无任何损害。
四、工作要求：各校要提前向家长发放知情同意书，由家长签字后收回；筛查结果异常的学生，学校要书面通知家长带孩子到医院复查。
联系人：龙雪梅　电话：0851-62218736
附件：1.脊柱侧弯筛查知情同意书
2.学校筛查日程安排表
云水县教育体育局
2025年9月4日
回执：本人已知晓筛查事项，同意（　）/不同意（　）孩子参加筛查。家长签字：＿＿＿＿
""",
    ),
    dict(
        slug="edu-jinhe-minutes-school-bus",
        site="金禾镇中心学校 (invented)",
        style="教育门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jhzx.edu.cn/xwzx/2025-03-11/913.html",
        title="金禾镇中心学校2025年春季校车安全工作会议纪要",
        date="2025-03-10",
        notes="minutes' 时间/地点/主持/参会/记录 lines kept; school site chrome; a driver-duty table",
        page="""
!m 金禾镇中心学校　　崇德　尚学　健体　致美
!m 网站首页｜学校概况｜新闻中心｜德育之窗｜安全教育｜家校共育
!m 您的位置：新闻中心 → 安全教育
{T}
!m 作者：政教处　更新时间：2025-03-11　人气：309
{BODY}
!l 【上一篇】开学第一课：安全伴我行
!l 【下一篇】三月学雷锋志愿服务活动掠影
!m 金禾镇中心学校　地址：金禾镇新街12号　邮编：344211
!m 技术支持：县电教站
""",
        body="""
时间：2025年3月10日下午3:00
地点：学校三楼会议室
主持：副校长　万林生
参会：各校车驾驶员、随车照管员、各村小负责人
记录：邹晓琳
会议通报了上学期校车运行情况，部署了本学期校车安全工作。纪要如下：
一、上学期全镇六辆校车安全运行一百零二天，接送学生约四万人次，未发生安全事故。
二、本学期线路和人员安排如下：
车号　　线路　　驾驶员
1号车　　金禾—上坊—石塘　　胡建平
2号车　　金禾—下坊—樟树湾　　彭志强
3号车　　金禾—岭背　　刘国华
三、会议要求：驾驶员每天出车前必须进行车辆安全检查并签字；随车照管员要逐一清点学生人数，下车时再次清点，确保不遗漏学生；遇雨雾天气要减速慢行，必要时停运并提前通知家长。
四、学校每月组织一次校车应急疏散演练，由政教处负责。
""",
    ),
    dict(
        slug="intranet-bingfeng-notice-ac-units-html",
        site="冰峰制冷服务公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.bingfengzl.local/doc/view?id=20250522-117",
        title="关于加强空调外机高处作业安全管理的通知",
        record_title="内部通知｜关于加强空调外机高处作业安全管理的通知",
        date="2025-05-22",
        notes="intranet document view with its approval trail and read counts; 抄送 line of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>冰峰OA - 公文查看</title></head><body>
<div class="oa-top">⟦m 冰峰制冷协同办公平台⟧ ⟦m 欢迎您，售后三部 周工⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(3)　已办　公文　制度库　通讯录⟧</div>
<div class="doc-head"><h1>{T}</h1>
<table><tr><td>⟦m 文号：冰峰安〔2025〕9号⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 紧急程度：急⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿：安全部 邓子恒 2025-05-21 16:02⟧</p><p>⟦m 审核：副总经理 易红 2025-05-22 09:15⟧</p><p>⟦m 签发：总经理 韦国栋 2025-05-22 10:40⟧</p></div>
<div class="reads">⟦m 已阅 57 人　未阅 8 人⟧ ⟦a 【打印】【下载正文】【转发】⟧</div>
</body></html>
""",
        body="""
各售后服务部、安装队：
入夏以来，空调安装、维修业务量大幅增加，外机安装多在高处临边作业，风险较大。近期同行业已发生两起作业人员坠落事故。为确保作业安全，现就有关事项通知如下。
一、凡在二米以上高处安装、拆卸、维修空调外机的，必须由持有高处作业证的人员操作，并正确佩戴安全带和安全帽，安全带须高挂低用。
二、外机支架安装前要检查墙体，严禁在空心砖墙、保温层上直接打孔固定；无法保证安全的，应向客户说明情况并暂停作业。
三、各部门每天开工前召开五分钟班前会，逐人检查防护用品；气温超过三十五度时，中午十二点至下午三点暂停室外高处作业。
四、安全部将不定期到现场抽查，发现违章作业的，按公司安全生产奖惩办法处理。
冰峰制冷服务有限公司
2025年5月22日
抄送：公司领导，工会。
""",
    ),
    dict(
        slug="intranet-nuanquan-summary-water-heater",
        site="暖泉电器集团内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://portal.nuanquan.local/news/2025/07/q2-quality.html",
        title="热水器事业部2025年上半年质量工作总结",
        record_title="【内网资讯】热水器事业部2025年上半年质量工作总结",
        date="2025-07-08",
        notes="intranet portal export; decimal headings and a quality data table; a 仅限内部 notice",
        page="""
!m 暖泉集团员工门户 ｜ 内网资讯
!m 首页 > 资讯中心 > 事业部动态
{T}
!m 发布部门：热水器事业部质量部　　发布时间：2025-07-08　　浏览：214
!d 本文仅限集团内部传阅，请勿外传截图。
{BODY}
!a 点赞(12)　　评论(3)　　收藏
!l 相关资讯：燃气具事业部上半年生产经营分析会召开
!m 暖泉集团信息中心维护　内线：8800
""",
        body="""
上半年，事业部围绕“零缺陷出厂”目标，深入推进质量提升行动，产品质量总体稳定向好。现将主要工作总结如下。
1 质量指标完成情况
指标　　目标值　　完成值
出厂合格率　　99.5%　　99.72%
市场返修率　　0.80%　　0.63%
客户投诉率　　0.10%　　0.07%
2 主要工作
2.1 加强来料检验。对温控器、镁棒等关键零部件实行百分之百进厂检验，淘汰不合格供应商两家。
2.2 改进内胆焊接工艺。引进自动焊接设备四台，内胆漏水不良率由千分之一点二降至千分之零点四。
2.3 开展质量月活动。组织质量知识竞赛和班组质量攻关，收集改善提案一百三十六条，采纳八十九条。
3 存在问题
电热水器防电墙组件外购件质量波动较大，售后反馈的显示屏故障仍有上升。
4 下半年打算
下半年将重点推进防电墙组件国产化替代，建立售后故障快速反馈机制，确保全年市场返修率控制在0.7%以内。
""",
    ),
    dict(
        slug="qa-wenda-pledge-bride-price-sample",
        site="知问网 (invented)",
        style="问答社区",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.zhiwen.com/question/88102735.html",
        title="移风易俗抵制高价彩礼倡议书",
        record_title="村里要发一份抵制高价彩礼的倡议书，求一篇范文？",
        title_in="decorated",
        date=None,
        notes="a Q&A answer whose sample keeps ××× placeholders; relative answer time; no date",
        page="""
!m 知问网 — 有问题，就有答案
!m 知问 > 社会民生 > 婚恋
村里要发一份抵制高价彩礼的倡议书，求一篇范文？
!m 提问者：荷塘边　　2天前　　浏览 406
!m 最佳答案
!m 热心网友 文笔生花 回答于 2天前
可以参考下面这篇，把村名和日期改一下就能用：
{T}
{BODY}
!l 👍 有用(58)　　👎 没用(2)　　追问
!l 其他回答（3）
!l 游客：建议再加上红白理事会的具体标准
!a 登录后可查看全部回答 >
!d 知问网提醒：回答内容仅代表网友个人观点，请谨慎参考。
""",
        body="""
全体村民朋友们：
近年来，我村部分家庭婚嫁中彩礼数额越来越高，有的甚至达到二十多万元，不少家庭因婚致贫、因婚返贫，高价彩礼已经成为群众的沉重负担。为倡导文明婚俗新风，村“两委”和红白理事会向全体村民发出如下倡议：
一、带头抵制高价彩礼。彩礼总额原则上不超过×万元，不索要“三金”、车房等附加条件。
二、倡导婚事简办。婚宴桌数控制在××桌以内，不铺张、不攀比，不大操大办。
三、党员干部带头。村干部和党员家庭要带头执行，主动接受群众监督。
让我们携起手来，树立婚嫁新风，共建文明乡村！
×××村民委员会
××××年×月×日
""",
    ),
    dict(
        slug="qa-wendaxing-notice-lost-found-html",
        site="问答星 (invented)",
        style="问答社区",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wendaxing.com/q/2025/0614/55213.html",
        title="失物招领启事",
        record_title="公交站捡到一个钱包，失物招领启事怎么写？ - 问答星",
        title_in="decorated",
        date="2025-06-14",
        notes="Q&A answer page; the answer time is the page's date; a sample notice kept; login and ad chrome",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>公交站捡到一个钱包，失物招领启事怎么写？ - 问答星</title></head><body>
<div class="top">⟦m 问答星 · 有问必答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qbox"><h1>⟦m 公交站捡到一个钱包，失物招领启事怎么写？⟧</h1>
<div class="qmeta">⟦m 匿名用户　2025-06-14 提问⟧</div></div>
<div class="answer"><div class="who">⟦m 热心公交司机 · 回答于 2025-06-14 10:26⟧</div>
<p>⟦m 我们车队是这样写的，你参考一下：⟧</p>
<h3>{T}</h3>
{BODY}
<div class="vote">⟦l 赞同 41　反对 0　评论 6⟧</div></div>
<div class="ad">⟦a 下载问答星APP，提问秒回复⟧</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 寻物启事和失物招领有什么区别？⟧</p><p>⟦l 捡到身份证应该交给哪里？⟧</p></div>
<footer>⟦m 问答星 wendaxing.com　沪ICP备19023371号⟧</footer>
</body></html>
""",
        body="""
本人于6月13日晚七点左右，在花溪路公交站候车亭座椅上拾到棕色钱包一个，内有少量现金、银行卡若干及其他物品。
请失主带上本人有效身份证件，说清钱包内物品特征，到花溪路公交首末站调度室认领。
认领时间：每天上午八点至下午六点。
联系电话：0577-86219043（调度室）
拾得人：28路公交车驾驶员
""",
    ),
]
