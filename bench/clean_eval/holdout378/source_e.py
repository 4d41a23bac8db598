"""holdout378, part E: residents' sites, trade associations, company sites, training schools, writing apps, exam forums.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-zheyuan-residents-council-signin-board",
        site="哲园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zheyuansq.cn/tzgg/2024/0902/215.html",
        title="哲园社区关于召开第三季度居民议事会的通知",
        record_title="哲园社区关于召开第三季度居民议事会的通知【邻里议事厅】｜哲园社区居民之家",
        date="2024-09-02",
        notes="residents' site with a weather line, a grid worker's box and a property repair line; the residents' "
        "committee's phone in the body; sign-in board and 关注 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>哲园社区关于召开第三季度居民议事会的通知【邻里议事厅】｜哲园社区居民之家</title></head>
<body>
<div class="sq-top">⟦m 哲园社区居民之家　伦港区湖滨街道哲园社区居委会⟧　⟦m 今日伦港：晴 26～33℃ 东南风2级⟧</div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 邻里议事厅⟧ ⟦m 便民服务⟧ ⟦m 志愿之家⟧</div>
<div class="sq-pos">⟦m 首页 › 邻里议事厅 › 议事通知⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 社区居委会　2024-09-02　阅读 318⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-like">⟦a 点个“收到” 👍 已有 57 位邻居确认⟧</div>
</div>
<div class="sq-side"><div class="grid">⟦m 我的网格员：钟晓慈　138 7366 0219⟧</div>
<div class="wy">⟦m 物业报修（24小时）：0736-2271190⟧</div>
<div class="hot"><h4>⟦l 社区热帖⟧</h4><p>⟦l 中秋“邻里百家宴”报名开始啦⟧</p><p>⟦l 3栋电梯维保时间调整⟧</p></div></div>
<div class="sq-foot">⟦d 本站信息由社区居委会发布，转发请注明来源⟧<br>⟦m 技术支持：伦港区智慧社区平台⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为听取居民对小区停车和电动车充电问题的意见建议，社区定于2024年9月7日（星期六）上午9:00在社区党群服务中心二楼会议室召开第三季度居民议事会。现将有关事项通知如下：
一、议事内容
1. 小区东门临时停车位划线方案；
2. 电动车集中充电棚增设位置；
3. 其他居民关心的问题。
二、参会人员
各楼栋长、居民代表、业主委员会成员、物业公司负责人，欢迎其他居民旁听。
三、有关事项
会场门口设有签到板，请参会的居民代表在签到板上写下楼栋号和姓名后入场，旁听居民请在签到板右侧的旁听栏签名。未能到会的居民，可以关注“哲园社区”公众号查看议事结果。
联系电话：0736-2271016（社区居委会）。
哲园社区居民委员会
2024年9月2日
""",
    ),
    dict(
        slug="community-shanheli-pledge-electronic-salute-text",
        site="善和里社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.shanheli.org.cn/gg/2025/0110.html",
        title="善和里社区关于喜事新办、推广使用电子礼炮的倡议书",
        record_title="善和里社区关于喜事新办、推广使用电子礼炮的倡议书｜居委会发布·善和里社区网",
        date="2025-01-10",
        notes="residents' site text page; a pledge with numbered points and its signature date in Chinese numerals; 分享/转发 as content; the community's own "
        "borrowing phone beside the site's property line",
        page="""
!m 善和里社区网　｜　居委会　｜　党群服务　｜　物业之窗
!m 首页 ＞ 社区公告
!t 善和里社区关于喜事新办、推广使用电子礼炮的倡议书｜居委会发布·善和里社区网
{T}
!m 发布人：善和里居委会　发布时间：2025-01-10　浏览：466
{BODY}
!a 👍 支持倡议（218）　　💬 邻居留言（17）
!m 物业服务中心：0736-2285500　社区警务室：0736-2285110
!d 善和里社区网由社区居委会维护，居民来稿请发 shanheli_sq@163.com
""",
        indent="\u3000\u3000",
        body="""
社区的居民朋友们：
春节将至，办婚事、贺乔迁、庆开业的人家多了起来。热闹喜庆是好事，但燃放礼炮带来的噪声、纸屑和火灾隐患，也给邻里生活添了不少烦恼。为此，善和里社区向全体居民发出倡议：
一、喜事新办，少放礼炮。办喜事不比排场，不在楼道、小区门口和电动车棚附近燃放礼炮，确需烘托气氛的，尽量使用电子礼炮。
二、错开时间，体谅邻里。早上7点前、晚上10点后不燃放任何礼炮，不影响老人、孩子和上夜班的邻居休息。
三、借用电子礼炮，免费又方便。社区新时代文明实践站备有电子礼炮4台，居民凭身份证即可免费借用，借用电话：0736-2285012。
四、带头示范，传递新风。社区党员、楼栋长和志愿者要带头喜事新办，并把这份倡议转发分享给家人和邻居。
让我们从自己做起，办一场安全、文明、邻里都满意的喜事！
善和里社区居民委员会
二〇二五年一月十日
""",
    ),
    dict(
        slug="association-ciwan-celebration-arch-convention-name-head",
        site="慈湾市庆典礼仪行业协会 (invented trade association)",
        style="行业协会",
        genre="自律公约",
        kind="other",
        form="html",
        source="https://www.cwqdly.org.cn/xhdt/2025/0318/96.html",
        title="慈湾市庆典礼仪行业协会气拱门安全搭设自律公约",
        record_title="慈湾市庆典礼仪行业协会气拱门安全搭设自律公约【行业自律·会员共守】",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="association page with a member-login row and a member hotline; the association's name in the header is "
        "also the signature (matched as head); numbered articles; posting date differs",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>慈湾市庆典礼仪行业协会气拱门安全搭设自律公约【行业自律·会员共守】</title></head>
<body>
<div class="xh-head"><span>⟦m 慈湾市庆典礼仪行业协会⟧</span> <span>⟦m CIWAN CELEBRATION &amp; ETIQUETTE ASSOCIATION⟧</span></div>
<div class="xh-login">⟦a 会员单位登录⟧ ｜ ⟦a 入会申请⟧ ｜ ⟦a 证书查询⟧</div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业自律⟧ ⟦m 会员风采⟧ ⟦m 培训认证⟧</div>
<div class="xh-path">⟦m 当前位置 ＞ 行业自律 ＞ 公约文件⟧</div>
<div class="xh-article">
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布：协会秘书处　日期：2025-03-18　阅读：611⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-join">⟦a 签署公约的会员单位名单请点此查看⟧</div>
</div>
<div class="xh-foot">⟦m 协会秘书处：伦港区会展路9号　会员服务热线：0736-2380998⟧<br>⟦m 湘ICP备21003317号-1⟧</div>
</body></html>
""",
        body="""
为规范气拱门搭设行为，防范安全事故，维护行业形象，经协会第二届会员大会第三次会议通过，全体会员单位共同遵守本公约。
第一条 会员单位搭设气拱门，应事先确认主办方已取得城管部门的临时设置许可，未经许可的一律不予搭设。
第二条 气拱门跨度不超过12米的，每侧拱脚配备不少于4个25公斤沙袋；跨度超过12米的，必须加打地锚。
第三条 搭设期间，会员单位应安排专人全程看护，鼓风机电源线路须架空或加装护套，严禁私拉乱接。
第四条 风力达到5级或气象部门发布大风、雷电预警时，会员单位应立即放气撤收，不得因客户要求而冒险保留。
第五条 会员单位每年至少组织一次气拱门安全搭设培训，搭建人员经考核合格后方可上岗。
第六条 违反本公约的，由协会予以通报批评；造成安全事故的，取消其会员资格，并向有关部门报告。
慈湾市庆典礼仪行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-ciwan-golf-minutes-vote-record-title-date",
        site="慈湾市高尔夫球运动协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.cwgolf.org/xhgg/20250328-2.html",
        title="慈湾市高尔夫球运动协会第二届理事会第四次会议纪要",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="record title and record date; the minutes' 时间/地点/主持/参会/记录 lines and a vote count in the body; "
        "association header, member hotline",
        page="""
!m 慈湾市高尔夫球运动协会
!m 首页 · 协会公告 · 赛事活动 · 会员服务 · 青少年推广
!m 协会公告 ＞ 会议纪要
{T}
!m 发布：秘书处　｜　2025-03-28　｜　阅读 154
{BODY}
!a ← 返回公告列表　　↑ 回到顶部
!m 会员服务热线：0736-2401818　邮箱：cwgolf_xh@163.com
!d 协会文件仅供会员单位参阅
""",
        body="""
时间：2025年3月28日下午3:00
地点：愉湖高尔夫球会会所二楼会议室
主持：曹哲民（会长）
参会：理事14人（应到15人，1人请假）
记录：韦子晴
会议议题及议定事项如下：
一、审议《慈湾市高尔夫球场文明打球倡议（2025版）》。倡议增加了球员出沙后使用沙坑耙耙平沙面、将沙坑耙放回原处等内容。会议表决：同意14票，反对0票，弃权0票，审议通过。
二、审议向愉湖体育公园公众练习场捐赠沙坑耙和养护工具的事项。捐赠物资包括沙坑耙40把、修边工具10套，由协会会员单位共同出资。会议表决：同意13票，反对0票，弃权1票，审议通过。
三、会议同意于5月举办全市青少年高尔夫球礼仪培训班，由秘书处负责筹备。
四、下次理事会会议定于6月下旬召开。
""",
    ),
    dict(
        slug="company-shenghua-electronic-salute-launch-cookie",
        site="慈湾声华礼仪科技有限公司 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.shenghuatech.com.cn/news/company/20250416.html",
        title="声华科技新一代可充电电子礼炮正式上市",
        record_title="声华科技新一代可充电电子礼炮正式上市 ▏新闻中心 ▏声华科技官网",
        date="2025-04-16",
        notes="company news with a cookie notice, a 400 order line and a service float; a dotted company date; a spec "
        "table; the dealer line in the body beside the site's order line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>声华科技新一代可充电电子礼炮正式上市 ▏新闻中心 ▏声华科技官网</title>
<script src="/assets/sh/site.js"></script></head>
<body>
<div class="cookie">⟦d 本站使用Cookie来改善您的浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 声华科技　让每一声喝彩都安全⟧　<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 解决方案⟧ ⟦m 新闻中心⟧ ⟦m 关于声华⟧</nav></header>
<div class="path">⟦m 首页 / 新闻中心 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.04.16　公司动态⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：声华科技通过ISO9001质量管理体系复审⟧　⟦l 下一篇：声华电子礼炮亮相慈湾婚庆博览会⟧</div>
</article>
<div class="service-float">⟦w 在线客服⟧ ⟦w 订购热线 400-066-8852⟧</div>
<footer>⟦m 慈湾声华礼仪科技有限公司　地址：伦港区科创园B区7栋⟧<br>⟦m Copyright © 2025 shenghuatech.com.cn 湘ICP备22009371号⟧</footer>
</body></html>
""",
        body="""
⟦m 【声华快讯】⟧4月16日，慈湾声华礼仪科技有限公司新一代可充电电子礼炮正式上市。这款电子礼炮不使用任何火药，通过电子发声和LED灯光模拟礼炮效果，可在婚礼、开业、庆典等场合替代传统礼炮。
与上一代产品相比，新款电子礼炮改用内置锂电池供电，充满电后可连续鸣放200次以上，摆脱了电源线的束缚；外壳采用阻燃材料，防水等级达到IPX4，小雨天气也能正常使用。
⟦m （产品图）新一代可充电电子礼炮整机外观⟧
主要技术参数如下：
项目　参数
单次鸣放声级　不超过110分贝
连续鸣放次数　200次以上
充电时间　约3小时
整机重量　4.2千克
公司负责人表示，目前全市已有多个乡镇和社区配备了电子礼炮，新产品将优先满足文明实践站和红白理事会的借用需求。欢迎各地经销商洽谈合作，联系电话：0736-2390611。
""",
    ),
    dict(
        slug="company-gongchuan-caiyin-expo-placards-title-missing",
        site="恭川彩印标识有限公司 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="http://www.gccaiyin.com/news/show-231.html",
        title="公司圆满完成第五届慈湾湾区博览会手举牌制作任务",
        record_title=None,
        date="2024-11-08",
        notes="no record title: the news title stands on the page under the company header; the byline's date is the date; "
        "a service line and a WeChat quote prompt",
        page="""
!m 恭川彩印标识有限公司　专注标识制作二十年
!m 首页　|　产品展示　|　工程案例　|　新闻资讯　|　联系我们
!m 新闻资讯 » 公司新闻
{T}
!m 发布时间：2024-11-08　作者：企划部　阅读：96
{BODY}
!w 要做手举牌、展板、导视牌？加微信 gccy_2004 发图报价
!m 服务热线：0735-7788261　地址：恭川县工业园创业路12号
!l 相关新闻：公司新增大幅面UV平板打印机两台｜标识制作中的KT板与PVC板怎么选
""",
        body="""
11月1日至5日，第五届慈湾湾区博览会在慈湾国际会展中心举行。我公司承担了本届博览会开幕式入场引导和各展馆导览用手举牌的设计制作任务，共制作各类手举牌1260块。
接到任务后，公司组织设计、印刷、加工三个部门成立专班，从10月中旬开始连续加班两周。开幕式引导用的手举牌采用5毫米厚PVC板，双面UV彩印，边角全部打磨成圆角；展馆导览用的手举牌加装了可伸缩铝合金手柄，方便志愿者在人多的时候举高。
博览会期间，公司派出6名技术人员驻场服务，对损坏的手举牌随坏随换，共现场更换42块。博览会组委会对我公司的制作质量和服务给予了肯定。
下一步，公司将总结这次大型活动的服务经验，进一步提升标识制作的质量和效率。
""",
    ),
    dict(
        slug="training-qingmiao-junior-golf-camp-brochure",
        site="慈湾青苗高尔夫训练营 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qingmiaogolf.cn/zhaosheng/2025summer.html",
        title="2025暑期青少年高尔夫体验营招生简章",
        record_title="【暑假就来打球吧】2025暑期青少年高尔夫体验营招生简章（6—14岁）｜青苗高尔夫",
        date=None,
        notes="training school brochure with a promo banner, a franchise line and a consult float; a fee table; bunker "
        "etiquette with the rake in the course list; the school's 报名电话 in the body; no date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>【暑假就来打球吧】2025暑期青少年高尔夫体验营招生简章（6—14岁）｜青苗高尔夫</title></head>
<body>
<div class="promo">⟦a 早鸟价！6月20日前报名立减300元⟧</div>
<div class="nav">⟦m 青苗高尔夫⟧ ⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 教练团队⟧ ⟦m 学员风采⟧ ⟦m 联系我们⟧</div>
<div class="crumb">⟦m 首页 › 招生信息⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="body">
{BODY}
</div>
<div class="signup"><a>⟦a 立即预约免费体验课⟧</a></div>
</div>
<div class="float-consult">⟦w 课程顾问在线 微信：qmgolf_kid⟧</div>
<div class="foot">⟦m 青苗高尔夫品牌合作（加盟）专线：400-117-9922⟧<br>⟦d 图片仅供参考，课程安排以报名时确认为准⟧<br>⟦m 湘ICP备23001852号⟧</div>
</body></html>
""",
        body="""
暑假想让孩子晒晒太阳、练练专注力？青苗高尔夫体验营在愉湖高尔夫球会练习场开营，由持证教练小班授课，让孩子在玩中学会高尔夫的基本动作和球场礼仪。
一、招生对象：6—14岁青少年，零基础即可报名。
二、课程内容
1. 握杆、站位和挥杆基本动作；
2. 推杆和切杆练习；
3. 沙坑击球：学习沙坑里的站姿和出沙动作，击球后使用沙坑耙把沙面耙平，并把沙坑耙放回原位；
4. 球场礼仪：安静、守序、爱护草坪，修复球痕。
三、班次与费用
班次　时间　费用（元）
一期　7月7日—7月11日　1680
二期　7月21日—7月25日　1680
三期　8月4日—8月8日　1680
每班限招12人，费用含球杆使用、练习球、保险和每天一份水果。
四、报名方式：报名电话 0736-2266501，或到愉湖高尔夫球会会所一楼前台报名。
""",
    ),
    dict(
        slug="training-zhenyang-etiquette-placard-course-text",
        site="贞阳礼仪培训学校 (invented training school)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="http://www.zyliyi.com/kc/jupai.html",
        title="礼仪引导举牌手速成班课程介绍",
        record_title="礼仪引导举牌手速成班课程介绍〔周末班·8课时结业〕- 贞阳礼仪培训学校",
        date=None,
        notes="training school text page: a module table, the school's 报名电话 beside a franchise line and a promo line; "
        "no date",
        page="""
!m 贞阳礼仪培训学校　｜　塑形象 · 懂礼仪 · 有自信
!m 首页 > 精品课程 > 礼仪引导
!t 礼仪引导举牌手速成班课程介绍〔周末班·8课时结业〕- 贞阳礼仪培训学校
!a ★ 本月报名送形体课2节 ★
{T}
{BODY}
!a 立即报名　｜　试听预约　｜　咨询老师
!w 学校合作加盟请致电 400-189-0731
!l 你可能感兴趣：商务礼仪提升班｜主持人基础班｜少儿形体礼仪班
!m 贞阳礼仪培训学校　地址：贞阳县文昌路58号3楼
""",
        body="""
运动会入场式、企业年会、展会开幕，都离不开举着手举牌走在队伍前面的引导员。举牌看似简单，要举得稳、走得正、站得美，却需要专门训练。本课程帮助学员在两个周末内掌握礼仪引导举牌的基本功。
一、适合人群：学校入场式举牌手、展会和庆典礼仪引导人员、企业活动志愿者。
二、课程安排
模块　内容　课时
形体基础　站姿、走姿、表情管理　2
举牌规范　持牌手型、举牌高度、牌面角度　2
队列行进　步幅步速、转弯、停止与起步　2
综合演练　入场式全流程模拟　2
三、学习收获：学员能够单手或双手平稳举牌行进200米，牌面始终保持正向；能按口令完成入场、转弯、定位等动作。
四、上课时间：每周六、周日下午2:00—4:00，8课时结业，结业后颁发培训证书。
五、报名电话：0739-4460727（黄老师）。
""",
    ),
    dict(
        slug="app-judou-wedding-host-script-signin-board-open-app",
        site="句读范文App (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.judouapp.com/share/article?aid=8803316&from=wx",
        title="婚礼仪式主持词（含签到板环节）",
        record_title="婚礼仪式主持词（含签到板环节）〔新人签名·可直接念〕｜句读范文",
        date=None,
        notes="writing-app H5 share page with an open-app mask, a fold, AI buttons; a prompt glued before the first words "
        "of the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>婚礼仪式主持词（含签到板环节）〔新人签名·可直接念〕｜句读范文</title>
<script src="https://h5.judouapp.com/static/share.js"></script></head>
<body>
<div class="open-app-bar">⟦a 句读范文App内打开，字号更大更清晰⟧ <button>⟦a 打开⟧</button></div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 句读精选　｜　1.8万人看过　｜　收录于“婚庆主持”⟧</div>
<div class="ai">⟦a AI帮我改写⟧ ⟦a AI续写一段⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开全文 ∨ 剩余内容在App内查看⟧</div>
</div>
<div class="mask">⟦a 下载句读范文，海量主持词随心用⟧</div>
<div class="rec"><h4>⟦l 大家还在看⟧</h4><p>⟦l 订婚宴主持词（温馨版）⟧</p><p>⟦l 婚礼证婚人致辞精选⟧</p></div>
<div class="foot">⟦m 句读范文 · 杭州句读网络科技有限公司⟧</div>
</body></html>
""",
        body="""
⟦a 点击右上角分享给好友⟧各位来宾、各位亲朋好友：
大家中午好！欢迎大家来到韦子恭先生和曹晓慈女士的婚礼现场。
在仪式开始之前，我要请大家留意一下门口那块白色的签到板。这块签到板是新娘亲手画的，上面留给了每一位来宾写下名字和祝福的位置。还没来得及签名的朋友，仪式结束后别忘了去写上一句，它将被新人挂在新家的墙上，陪伴他们往后的每一天。
好，现在让我们把目光投向舞台，有请我们今天的新郎入场！
（新郎入场、新娘入场、交换信物等环节的串词此处从略）
最后，让我们再次举杯，祝福这对新人白头偕老、幸福美满！也感谢每一位在签到板上留下名字的亲友，你们的祝福，新人会一直记得。
婚礼仪式到此结束，请大家尽情享用美酒佳肴！
""",
    ),
    dict(
        slug="app-zilihangjian-salute-volunteer-insight-text",
        site="字里行间App (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.zilihangjian.app/s/xd/55219038",
        title="参加电子礼炮推广志愿服务的心得体会",
        record_title="参加电子礼炮推广志愿服务的心得体会（志愿者版·800字）- 字里行间",
        date=None,
        notes="a writing app's text share: an app prompt and an AI line; a volunteer's insight without a date",
        page="""
!a 在字里行间App中阅读全文，还能一键生成同类范文
!m 字里行间 › 心得体会 › 志愿服务
!t 参加电子礼炮推广志愿服务的心得体会（志愿者版·800字）- 字里行间
!m 收藏 2306　｜　使用 811 次
{T}
{BODY}
!a ✎ 用AI改成我的版本
!a 复制全文需登录字里行间账号
!l 相似心得：参加文明实践活动心得｜移风易俗志愿服务心得
!d 字里行间所有范文仅供写作参考
""",
        indent="\u3000\u3000",
        body="""
今年春节前，我报名参加了社区新时代文明实践站组织的电子礼炮推广志愿服务。一个多月里，我和队友们走进小区、酒店和集市，向群众介绍电子礼炮、办理借用手续，收获了很多感动，也有不少思考。
一是移风易俗要多讲道理、少讲大道理。刚开始宣传时，我们照着材料念“禁放规定”，群众听得直摇头。后来我们换了说法，讲礼炮纸屑伤眼的真实病例，讲凌晨放炮吵醒邻居的烦恼，再让大家亲手按一按电子礼炮的遥控器，很多人当场就登记借用了。
二是服务做得细，新风才能立得住。借用电子礼炮的多是办婚事的人家，时间紧、事情多。我们把借用登记表简化成一页纸，还留下了志愿者的电话，谁家礼炮用着不顺手，一个电话我们就上门调试。一个月下来，全社区借出电子礼炮37次，没有一户反映不好用。
三是志愿服务也在教育我自己。以前我觉得移风易俗是干部的事，现在才明白，每一户人家的选择，都需要有人耐心地陪着走一段。
今后，我会继续参加文明实践志愿服务，让文明新风在身边慢慢生根。
""",
    ),
    dict(
        slug="gkforum-dengke-shenlun-placard-essay-jammer",
        site="登科公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-77120-1-1.html",
        title="一块手举牌里的城市温度",
        record_title="[大作文练手·求拍] 一块手举牌里的城市温度（写了55分钟，1200字左右）- 申论习作区 - 登科公考论坛",
        date=None,
        notes="exam forum thread with jammer fonts, a reply-to-see prompt, a rating row and a QQ-group ad; an essay "
        "without a date",
        page="""
<html><head><meta charset="gbk"><title>[大作文练手·求拍] 一块手举牌里的城市温度（写了55分钟，1200字左右）- 申论习作区 - 登科公考论坛</title>
<style>.jammer{font-size:0}</style></head>
<body>
<div id="hd">⟦m 登科公考论坛 · 一起上岸⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div id="pt">⟦m 登科公考论坛 › 申论专区 › 申论习作区⟧</div>
<table><tr><td class="pls">⟦m 今年一定上岸的小哲⟧<br>⟦m 积分 362　在线时间 410 小时⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 此处隐藏了范文批改要点，回复本帖后可见⟧</div>
<div class="rate">⟦l 评分 参与人数 5 金币 +12 写得很用心⟧</div>
</td></tr></table>
<div class="ad">⟦w 申论批改交流群 QQ：609120331 进群免费领真题⟧</div>
<div class="reply">⟦l 2楼 秋招上岸：结构清楚，第三段论证可以再加个例子⟧</div>
<div id="ft">⟦m 登科公考论坛 dengkegk.com　鄂ICP备19018816号⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
马拉松赛道旁，一位老人举着自制的手举牌，上面写着“跑不动了就走，终点等你”；入学报到的车站里，志愿者举着接站牌，把初来乍到的新生领上校车。一块小小的手举牌，映照出的是一座城市的温度。
城市的温度，在于对个体的看见。手举牌上的字，往往是写给陌生人的。它不问你跑得快慢，不问你从哪里来，只告诉你：有人在等你、有人在帮你。一座城市愿意为每一个普通人举起一块牌子，说明它把人放在了心上。
城市的温度，也需要秩序来守护。举牌观赛不能伸进赛道，接站引导不能堵住出口，手举牌的材质要轻、边角要圆。热情如果缺少规则的约束，就可能变成麻烦甚至危险。温度与秩序并行，城市才能既有人情味，又有安全感。
城市的温度，更离不开每一个人的参与。一块手举牌，往往是普通市民自己动手做的。当越来越多的人愿意花一个晚上剪剪画画，只为给陌生人加一把油，城市文明就有了最坚实的土壤。
举起手举牌，也是举起一份善意。愿我们的城市多一些这样的牌子，也多一些愿意举牌的人。
""",
    ),
    dict(
        slug="gkforum-shijie-interview-arch-collapse-answer-junk",
        site="拾阶公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.shijiegk.com/t/3310982",
        title="开业活动中气拱门被风吹倒砸伤群众，你作为街道工作人员怎么处理？",
        record_title="【结构化面试·突发事件类】开业活动中气拱门被风吹倒砸伤群众，你作为街道工作人员怎么处理？（内附答题思路·欢迎拍砖）",
        date=None,
        notes="exam forum text page: an interview answer with forum junk lines and glued junk; relative times are no date",
        page="""
!m 拾阶公考社区 › 面试交流 › 应急应变
!t 【结构化面试·突发事件类】开业活动中气拱门被风吹倒砸伤群众，你作为街道工作人员怎么处理？（内附答题思路·欢迎拍砖）
!m 楼主：一步一阶　｜　2 天前　｜　浏览 1,577
{T}
!m 【参考答案】（个人练习，欢迎指正）
{BODY}
!l 1楼　备考的阿慈：第二点可以加一句“联系保险公司”
!l 2楼　一步一阶：收到，谢谢！
!a 回复楼主即可领取应急应变题型答题模板
!m 拾阶公考社区 shijiegk.com
""",
        junk=dict(lines=1, glued=2),
        body="""
遇到这种突发情况，我会坚持救人第一、稳妥处置的原则，具体这样做：
第一，立即救助伤员。第一时间拨打120，同时请现场有急救常识的群众协助，对受伤群众进行初步止血和固定，安排专人陪同送医。
第二，控制现场，防止次生事故。联系店家立即关闭鼓风机、给气拱门放气，用警戒带把倒伏的拱门和沙袋围起来，疏导围观群众，避免再有人被绊倒或砸伤。
第三，了解情况，及时报告。向店家和庆典公司了解气拱门是否经过审批、固定措施是否到位，拍照留存现场情况，并向街道领导和城管部门报告。
第四，做好善后和沟通。协调店家和庆典公司先行垫付医疗费用，安抚伤者家属情绪，后续责任由有关部门依法认定。
第五，举一反三。事后我会建议街道对辖区内的气拱门开展一次全面排查，大风天气前通过网格群提醒商户及时撤收，从源头上防止类似事件再次发生。
""",
    ),
]
