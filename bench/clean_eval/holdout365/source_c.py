"""holdout365, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-zhiwen-flosser-bleeding-question-title",
        site="问谷 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengu.cn/question/51700923",
        title="冲牙器每天用几次合适？牙龈一冲就出血还能继续用吗？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; adopted-answer badge, vote bar, more answers; a related question glued after a sentence; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问谷 - 有问题，就到谷里问</title>
<script src="//s.wengu.cn/js/wg_q.js"></script>
</head>
<body>
<div class="wg-top"><a href="/">⟦m 问谷⟧</a> ⟦a 我要提问⟧ ⟦a 登录领问豆⟧</div>
<div class="wg-crumb">⟦m 问谷 › 健康 › 口腔保健⟧</div>
<div class="wg-question">
<h1>{T}</h1>
<p class="wg-qdesc">⟦m 提问者：匿名用户　｜　浏览 5283 次　｜　共 5 个回答⟧</p>
</div>
<div class="wg-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wg-author">⟦m 白衣小棠　口腔健康领域优质答主　回答于 3 天前⟧</div>
<div class="wg-answer">
{BODY}
</div>
<div class="wg-vote">⟦a 赞同 214　｜　反对　｜　评论 9　｜　分享⟧</div>
</div>
<div class="wg-more">
<h3>⟦l 其余 4 个回答⟧</h3>
<p>⟦l 牙小白：我用了一周也出血，后来调低档就好了……⟧</p>
<p>⟦l 阿橙：建议先去洗个牙再用……⟧</p>
<p>⟦a 查看全部回答 ∨⟧</p>
</div>
<div class="wg-foot">⟦d 问谷回答仅代表答主个人观点，不构成诊疗建议⟧ ⟦m ©2025 问谷 京ICP备21066218号⟧</div>
</body>
</html>
""",
        body="""
我是口腔科护士，简单说几点供你参考。
次数上，一般每天用一次就够了，最好放在晚上刷牙之后。牙缝大、戴牙套或者有种植牙的，可以早晚各用一次，但没必要每顿饭后都冲。
刚开始用出血，多数是因为牙龈本身有炎症，或者水压开得太大。⟦l 相关问题：冲牙器和牙线哪个更好用？⟧建议先把水压调到最低档，喷嘴别直对着牙龈戳，沿着牙龈线慢慢移动。坚持一到两周，炎症消退后出血会慢慢减少。
如果用了两周还是每次都出血，或者出血量越来越多，就不要再自己扛了，去医院查一下牙周，必要时做个洁治。冲牙器只是辅助工具，治不了牙周病。
""",
    ),
    dict(
        slug="qa-wenche-magnet-mount-compass-answer",
        site="知了问车 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenche.zhiliao-auto.com/q/2207315.html",
        title="磁吸车载支架会不会影响手机信号和指南针？",
        record_title="磁吸车载支架会不会影响手机信号和指南针？ - 用车百问 - 知了问车",
        date=None,
        notes="Q&A text: the question title decorated in the record; a best-answer badge and vote row; 回答于 昨天 is no date",
        page="""
!m 知了问车 — 用车的事，问知了
!m 知了问车 > 用车百问 > 汽车用品
{T}
!m 2 个回答　｜　关注问题 61
!m ★ 最佳答案　答主：跑长途的老邝　回答于 昨天
{BODY}
!a 有用(88)　没用(2)　追问
!l 另 1 个回答：吸力大的支架确实会让指南针乱转……
!l 你可能还想问：出风口支架会不会把出风口夹坏？
!d 知了问车内容由网友提供，仅供参考
!m zhiliao-auto.com　沪ICP备19028841号
""",
        body="""
这个问题我专门查过资料，也用了一年多磁吸支架，说说我的理解。
信号方面基本不用担心。磁吸支架用的磁铁产生的是静磁场，不会干扰手机通信用的电磁波，我开车打电话、用导航都没受影响。
指南针会受影响。手机里的电子罗盘靠感应地磁场判断方向，靠近强磁铁时会出现偏差，表现为导航刚启动时箭头乱转、方向不准。好在车开起来以后导航主要靠卫星定位，走一段路就正常了。
另外有两点要注意：一是引磁片别贴在手机无线充电线圈的位置，否则充电会变慢甚至充不进去；二是带光学防抖的手机长期吸在强磁铁上，有很小的可能影响摄像头，介意的话换夹持式的更稳妥。
""",
    ),
    dict(
        slug="anthology-hongwan-bouncy-memoir-gb2312",
        site="鹲湾拾遗 (invented retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.hongwansy.net/wenji/juan4/031.htm",
        title="老街上的跳跳球",
        record_title="〔拾遗·卷四〕老街上的跳跳球 —— 鹲湾拾遗·邝老师文集",
        date=None,
        notes="old gb2312 table page: marquee, volume links, the author's mailbox, a visitor counter; a memoir ending with a 写于 line (no date); chrome glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔拾遗·卷四〕老街上的跳跳球 —— 鹲湾拾遗·邝老师文集</title>
<style type="text/css">body{font-size:14px;background:#F4EFE3}</style>
</head>
<body>
<table width="800" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center">⟦m 鹲湾拾遗　——一位退休语文教师的文字匣子⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="3">⟦m 欢迎各位老同事、老学生常来坐坐，文中人事皆为旧忆，如有错漏敬请指正⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一·乡关　｜　卷二·杏坛　｜　卷三·草木　｜　卷四·童年　｜　卷五·书简⟧</td></tr>
</table>
<table width="800" align="center" border="1" bordercolor="#C8B48A" cellpadding="12">
<tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 卷四·童年　第三十一篇⟧</p>
{BODY}
</td></tr>
</table>
<table width="800" align="center">
<tr><td align="left">⟦l ←上一篇：端午的粽叶香⟧</td><td align="right">⟦l 下一篇：滚铁环的冬天→⟧</td></tr>
<tr><td colspan="2" align="center">⟦w 读后有话想说？请写信给邝老师：kuang_laoshi@163.com⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 本集自二〇〇九年开张，您是第 <font color="#AA0000">273518</font> 位来访的朋友⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
我小时候住在嶴口老街，街面铺的是青石板，两边是木板门的铺子。那时候孩子们的玩具少，谁要是有一个跳跳球，能在整条街上神气好几天。
我的第一个跳跳球是父亲从县城带回来的，红色的，比乒乓球小一圈，半透明，里面嵌着一颗五角星。往青石板上一拍，能弹到屋檐那么高。
街坊的孩子都围过来看。我们比谁拍得高，比谁接得准，球滚进谁家的铺子，就一齐涌进去找，常常被裁缝铺的周婆婆笑着赶出来。⟦a 〔朗读本段〕⟧
有一年夏天涨水，跳跳球顺着水沟漂走了。我沿着水沟追了半条街，眼看着它钻进了河里。那天晚上我没吃饭，父亲也没骂我，只说下次进城再买一个。
后来老街拆了，青石板不知去了哪里。前些天在超市看见一筐五颜六色的跳跳球，两块钱一个，我买了一个，回家往水泥地上一拍，弹得不如记忆里高了。
写于乙巳年立夏　嶴口旧人
""",
    ),
    dict(
        slug="anthology-yanjiao-mount-father-oneline",
        site="檐角听雨集 (invented personal collection, text)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://tingyuji.wordpress-like.cn/ji2/09.html",
        title="父亲的第一个车载支架",
        record_title="父亲的第一个车载支架（《檐角听雨集》第二辑·之九）",
        date=None,
        notes="a memoir with the whole body on one line, paragraphs separated only by their indent; no date anywhere; chapter links and a counter around it",
        page="""
!m 檐角听雨集 · 第二辑　家常
!l 目录　｜　之八：母亲的针线笸箩　｜　之十：外婆家的井
{T}
!m 作者：闻溪　字数：约六百
{BODY}
!l ← 之八　　返回目录　　之十 →
!w 转载或结集出版请与作者联系：wenxi_tingyu@qq.com
!m 本辑已被翻阅 3,417 次
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲是在五十五岁那年学会开车的。驾照拿到手的那天，他特意去汽配城买了一个车载支架，黑色的塑料夹子，夹在出风口上，花了十五块钱。
那时候他还用着一部按键手机，屏幕只有火柴盒大，根本用不上导航。可他说，手机放在支架上，开车的时候就不会想着去摸它。
后来我给他换了智能手机，教他用导航。他把导航声音开得很大，一边开一边跟着念“前方三百米右转”，像个刚上学的孩子。
那个十五块钱的支架用了七年，夹子断过一次，他用细铁丝缠好接着用。去年换新车，我给他买了个带无线充电的新支架，他把旧支架洗干净，收进了储物格。
我问他留着干什么，他说，这是他开车的第一个“师傅”，教会他手别离开方向盘。
""",
    ),
    dict(
        slug="dangjian-heyang-yinchi-volunteer-summary",
        site="壑阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.hyxianfeng.gov.cn/jcdj/2025-10/09/c_118844.htm",
        title="“银齿守护”党员志愿服务活动总结",
        record_title="【红心护齿】“银齿守护”党员志愿服务活动总结（口腔科党支部）_壑阳先锋网",
        date="2025-09-28",
        date_also=["2025-10-09"],
        notes="Party portal: study-points prompt, read-on-phone QR line; a summary whose 成文日期 differs from the posting date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【红心护齿】“银齿守护”党员志愿服务活动总结（口腔科党支部）_壑阳先锋网</title>
<script src="/static/js/xf_site.js"></script>
</head>
<body>
<div class="xf-head">⟦m 壑阳先锋网　中共壑阳县委组织部主办⟧</div>
<ul class="xf-nav">⟦m <li>首页</li><li>要闻</li><li>基层党建</li><li>党员教育</li><li>先锋风采</li><li>学习园地</li>⟧</ul>
<div class="xf-loc">⟦m 首页 ＞ 基层党建 ＞ 支部风采⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="xf-src">⟦m 来源：县卫健系统党委　发布时间：2025-10-09　责编：梅若谷⟧</p>
<div class="xf-study">⟦a 学习满3分钟可记入“先锋学分”1分，请勿切换页面⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫一扫，随时随地学⟧</div>
</div>
<div class="xf-right">
<h4>⟦l 支部风采·推荐⟧</h4>
<p>⟦l 嶴口镇卫生院党支部：让“家庭医生”走进山里⟧</p>
<p>⟦l 县疾控中心党支部开展“党员示范岗”评比⟧</p>
</div>
<div class="xf-foot">⟦m 中共壑阳县委组织部　地址：壑阳县人民路1号　湘ICP备12004412号⟧</div>
</body>
</html>
""",
        body="""
今年以来，县人民医院口腔科党支部围绕“我为群众办实事”，组织党员志愿者开展“银齿守护”志愿服务活动，为农村老人送去口腔健康服务。现将活动情况总结如下。
一、基本情况
3月至9月，支部先后组织党员志愿者9批次、68人次，走进嶴口、扆塘、阕坪3个乡镇的14个村，为1260名老人进行口腔检查，发放牙刷、牙膏等口腔保健用品1300套，向行动不便的独居老人赠送冲牙器85台。
⟦m 图：党员志愿者在扆塘镇石桥村为老人示范冲牙器用法⟧
二、主要做法
一是“查”在前。志愿者为每位老人建立口腔健康档案，对发现龋齿、牙周炎的开具转诊单，引导他们到乡镇卫生院或县医院就诊。
二是“教”在中。针对老人不会用冲牙器的问题，党员医生编写了“三步冲牙法”顺口溜，手把手示范，直到老人学会为止。
三是“访”在后。对获赠冲牙器的老人，志愿者每月电话回访一次，了解使用情况，及时帮助解决问题。
三、下一步打算
支部将把“银齿守护”打造成常态化志愿服务品牌，争取明年覆盖全县所有乡镇。
中共壑阳县人民医院口腔科支部委员会
2025年9月28日
""",
    ),
    dict(
        slug="dangjian-hongwan-bouncy-games-speech-cn-date",
        site="骛城党建在线 (invented Party-building site, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wcdjzx.cn/cunshequ/20250604/31207.shtml",
        title="在鹲湾村“红色跳跳球”少儿运动会开幕式上的讲话",
        record_title="〖村社党建〗在鹲湾村“红色跳跳球”少儿运动会开幕式上的讲话 - 骛城党建在线",
        date="2025-06-01",
        date_also=["2025-06-04"],
        notes="a village Party secretary's speech: date under the title in Chinese numerals and the speaker line, both neutral; the posting date also accepted; a study prompt before the salutation",
        page="""
!m 骛城党建在线　www.wcdjzx.cn
!m 当前位置：首页 → 村社党建 → 讲话选登
{T}
（二〇二五年六月一日）
鹲湾村党支部书记　邝德茂
!m 发布时间：2025-06-04　来源：扆塘镇党委
!a 〔放大〕〔缩小〕〔打印〕〔收藏〕
{BODY}
!l 延伸学习：村级党组织如何办好“家门口”的少儿活动
!a 点“学习打卡”，本篇计入党员学习档案
!m 骛城党建在线　主办：中共骛城市委组织部　豫ICP备08017325号
""",
        indent="\u3000\u3000",
        body="""
⟦a 📖 学习打卡中，请完整阅读⟧小朋友们、家长们、乡亲们：
今天是六一国际儿童节。在这个欢乐的日子里，我们在村文化广场举办首届“红色跳跳球”少儿运动会。我代表村党支部、村委会，向全村的小朋友们致以节日的祝福！
这次运动会由村党支部牵头，村里的12名党员志愿者利用业余时间，自己设计了跳跳球接力、定点弹球、亲子对拍等8个项目。所用的200个跳跳球，是在外创业的党员骆海平同志捐赠的。
举办这次运动会，就是想让孩子们放下手机、走出家门，在运动中锻炼身体、结交朋友。希望小朋友们赛出水平、赛出友谊，也希望家长们多陪孩子玩一玩。
最后，预祝本次运动会圆满成功！
""",
    ),
    dict(
        slug="hospital-heyang-flosser-guidance-notice-phones",
        site="壑阳县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyxrmyy.com/news/kszx/2025/0327/2215.html",
        title="口腔科关于开展冲牙器正确使用公益指导的通知",
        record_title="【科室惠民】口腔科关于开展冲牙器正确使用公益指导的通知-科室动态-壑阳县人民医院",
        date="2025-03-27",
        notes="hospital site: booking float, switchboard and 24-hour lines, an experts list; the department's own 咨询电话 kept; no signature date, so the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【科室惠民】口腔科关于开展冲牙器正确使用公益指导的通知-科室动态-壑阳县人民医院</title>
<script src="/js/yy_base.js"></script>
</head>
<body>
<div class="yy-top">⟦m 壑阳县人民医院　二级甲等综合医院⟧　⟦m 医院总机：0736-5826000⟧　⟦m 急诊120 / 24小时值班：0736-5826120⟧</div>
<ul class="yy-nav">⟦m <li>首页</li><li>医院概况</li><li>科室导航</li><li>专家介绍</li><li>就医指南</li><li>健康科普</li>⟧</ul>
<div class="yy-pos">⟦m 您现在的位置：首页 ＞ 新闻中心 ＞ 科室动态⟧</div>
<h1 class="yy-h1">{T}</h1>
<div class="yy-meta">⟦m 发布时间：2025-03-27　作者：口腔科　点击数：962⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-share">⟦l 分享至：微信好友 ｜ 朋友圈 ｜ 微博⟧</div>
<div class="yy-experts">
<h4>⟦l 口腔科坐诊专家⟧</h4>
<p>⟦l 覃曼舒　主治医师　周二、周四上午⟧</p>
<p>⟦l 甄立群　副主任医师　周一、周三全天⟧</p>
</div>
<div class="yy-float">⟦a 预约挂号⟧ ⟦w 预约电话 0736-5826114⟧</div>
<div class="yy-foot">⟦m 地址：壑阳县城关镇健康路26号　湘ICP备17011892号⟧ ⟦d 本站健康信息仅供参考，不能替代医生面诊⟧</div>
</body>
</html>
""",
        body="""
为帮助市民正确使用冲牙器，减少因使用不当引起的牙龈损伤，我院口腔科将于每周四下午在门诊三楼口腔健康教育室开展冲牙器使用公益指导。现将有关事项通知如下。
一、指导时间：2025年4月至6月每周四14:30—16:30。
二、指导内容：冲牙器的适用人群和禁忌，水压档位的选择，喷嘴角度和移动顺序，种植牙、正畸托槽和活动假牙的冲洗方法，喷头和水箱的清洁。
三、参加方式：市民可携带自家冲牙器到场，由口腔科医生和护士现场一对一指导，每场限20人，不收取任何费用。
四、注意事项：正在接受牙周急性期治疗的患者，请先到口腔科门诊就诊，遵医嘱使用。
口腔科咨询电话：0736-5826302（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-wucheng-fuyou-bouncy-swallow-firstaid",
        site="骛城市妇幼保健院 (invented hospital site, text)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.wcfybjy.org/kepu/erke/4471.html",
        title="孩子误吞跳跳球怎么办？急诊科医生教你这样做",
        record_title="【儿童急救课】孩子误吞跳跳球怎么办？急诊科医生教你这样做-育儿急救-骛城市妇幼保健院",
        date=None,
        notes="hospital science article: an update stamp and a relative time are no dates; booking and 24-hour lines around it; a related-video link between paragraphs",
        page="""
!m 骛城市妇幼保健院　Wucheng Maternal and Child Health Hospital
!m 首页 > 健康科普 > 儿童急救
{T}
!m 来源：急诊科　更新于 3 天前　阅读 4408
!a A+　A-　｜　打印　｜　分享
{BODY}
!w 儿科24小时急诊：0737-8219120　网上预约请关注“骛城妇幼”服务号
!l 相关科普：宝宝吞了纽扣电池怎么办？
!l 相关科普：家里这些小物件要收好
!m 骛城市妇幼保健院　版权所有　豫ICP备15014430号
""",
        body="""
跳跳球颜色鲜艳、弹性好，很受小朋友喜欢。但直径小的跳跳球一旦被幼儿放进嘴里，容易卡在喉咙或气管里，十分危险。
如果孩子误吞后出现剧烈呛咳、说不出话、脸色发紫，说明可能卡住了气道，家长要立即施救：一岁以上的孩子，站在孩子身后，双手环抱其腰部，一手握拳抵在肚脐上方，另一手包住拳头，快速向内上方冲击，直到异物排出。
⟦l ▶ 视频：三分钟学会海姆立克急救法⟧
一岁以内的婴儿，让宝宝趴在家长前臂上，头低脚高，用掌根拍击两肩胛骨之间5次，再翻过来用两根手指按压胸骨下半段5次，交替进行。
如果孩子吞下后没有呛咳，呼吸也正常，同样不能掉以轻心，应尽快带孩子到医院，由医生判断球是否已经进入消化道。
预防比急救更重要。3岁以下的孩子不要玩直径小于44.5毫米的跳跳球，家长陪玩时也要看好，玩完及时收起来。
""",
    ),
    dict(
        slug="university-wucheng-ligong-mount-award-h1",
        site="骛城理工学院新闻网 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.wclg.edu.cn/info/1021/30917.htm",
        title="我校学生团队研发的防脱落车载支架获省赛一等奖",
        record_title=None,
        date="2025-05-23",
        notes="university news page: no title in the record, found in the <h1>; a dotted date in the info line is the page's date; a campus-photo link glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>骛城理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="lg-top">⟦m 骛城理工学院　新闻网⟧ ⟦a 学校主页⟧ ⟦a 信息门户⟧</div>
<ul class="lg-nav">⟦m <li>首页</li><li>理工要闻</li><li>院系动态</li><li>学术科研</li><li>媒体理工</li>⟧</ul>
<div class="lg-path">⟦m 当前位置： 首页 » 院系动态⟧</div>
<h1>{T}</h1>
<div class="lg-info">⟦m 2025.05.23　来源：机械工程学院　撰稿：柏知夏　摄影：何川　浏览次数：<span id="dynclicks">1175</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="lg-editor">⟦m 审核：钟燕宁　编辑：宣传部新闻中心⟧</div>
<div class="lg-foot">⟦m 地址：骛城市学府大道399号　邮编：467100⟧ ⟦m 骛城理工学院党委宣传部　版权所有⟧</div>
</body>
</html>
""",
        body="""
近日，第十一届全省大学生机械创新设计大赛决赛落幕，我校机械工程学院“稳稳当当”团队研发的“自适应防脱落车载支架”获一等奖。
据团队负责人、2022级机械设计制造及其自动化专业学生宁以恒介绍，团队在调查中发现，市面上不少车载支架在颠簸路面容易松脱，驾驶人伸手去扶手机反而带来安全隐患。⟦l 📷 点此查看比赛现场图集⟧
为此，团队设计了一种带阻尼缓冲的双向锁止夹臂，车辆颠簸时夹臂自动锁紧，取放手机时轻按侧键即可松开。经过三百多次路测，样品在模拟烂路工况下没有发生一次脱落。
指导教师乔慕澜副教授表示，学院将继续支持学生把课堂上学到的知识用在解决身边的小问题上，推动更多作品走向应用。
""",
    ),
    dict(
        slug="university-wucheng-clinic-flosser-shared-tips",
        site="骛城理工学院校医院 (invented university site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xyy.wclg.edu.cn/tzgg/2025/1013/882.htm",
        title="关于研究生公寓冲牙器共用卫生管理的温馨提示",
        record_title="关于研究生公寓冲牙器共用卫生管理的温馨提示-校医院-骛城理工学院",
        date="2025-10-13",
        notes="a campus clinic's notice: numbered tips; 成文日期 under the signature; a campus-card line and footer around it",
        page="""
!m 骛城理工学院 · 校医院
!m 首页 | 就诊指南 | 通知公告 | 健康教育 | 医保服务
{T}
!m 发布者：校医院办公室　浏览：690
!a 【关闭窗口】【打印本页】
{BODY}
!w 校医院值班电话：0737-8230120（夜间急诊请直接拨打）
!l 上一条：关于2025级新生入学体检结果查询的通知
!m 骛城理工学院校医院　地址：东校区学苑路8号
""",
        body="""
各位研究生同学：
近期，校医院在研究生公寓卫生检查中发现，部分宿舍存在多人共用一台冲牙器、共用喷头的情况，个别喷头已出现发黑、积垢。冲牙器喷头直接接触口腔，共用容易传播幽门螺杆菌等病原体。为此，特作如下提示：
1.冲牙器喷头应一人一个，不得混用；有条件的，最好一人一台。
2.每次使用后倒空水箱，用清水冲洗喷头并晾干，每周用温水浸泡清洗一次。
3.喷头一般每3个月更换一次，发现变色、开裂要及时更换。
4.有牙龈出血、口腔溃疡等情况的同学，请暂停与他人共用，并到校医院口腔科就诊。
校医院口腔科每周二、周四下午提供冲牙器使用咨询，欢迎同学们前来。
骛城理工学院校医院
2025年10月13日
""",
    ),
]
