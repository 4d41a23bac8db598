"""holdout271, part E: residents' sites, trade associations, company sites, training schools, writing apps.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-ruiyuan-notice-steamer-elderly-lunch",
        site="芮园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://ruiyuan.jhsq.cn/sqgg/2024/1004/219.html",
        title="关于举办“邻里百家饭·木甑蒸香”重阳敬老活动的通知",
        record_title="〖邻里活动〗关于举办“邻里百家饭·木甑蒸香”重阳敬老活动的通知｜芮园社区居民之家",
        date="2024-10-04",
        notes="residents' site with a weather line, a grid worker's box and property repair lines beside the notice's own 咨询电话; 扫描…二维码报名 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖邻里活动〗关于举办“邻里百家饭·木甑蒸香”重阳敬老活动的通知｜芮园社区居民之家</title></head><body>
<header><span>⟦m 芮园社区居民之家⟧</span> <span>⟦m 洚湖区芮园街道 · 今日晴 15~24℃⟧</span></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 社区公告⟧</a><a>⟦m 便民服务⟧</a><a>⟦m 党建引领⟧</a><a>⟦m 志愿服务⟧</a></nav>
<div class="loc">⟦m 首页 &gt; 社区公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布者：社区居委会　时间：2024-10-04　浏览 389⟧</div>
<div class="con">
{BODY}
</div>
<aside class="grid">⟦w 我的网格员：晏秋菊 139 7370 5512⟧</aside>
<aside class="wy">⟦m 物业报修：0737-8852999　夜间值班：0737-8852888⟧</aside>
<footer>⟦m 芮园社区居委会 版权所有⟧ ⟦m 技术支持：洚湖区智慧社区平台⟧</footer>
</body></html>
""",
        body="""
各位居民朋友：
重阳节将至，为弘扬敬老爱老传统，芮园社区定于10月11日（星期五）上午10:00在社区广场举办“邻里百家饭·木甑蒸香”敬老活动，现将有关事项通知如下。
一、活动内容：请晖田镇非遗工坊的师傅现场演示木甑蒸饭，居民自愿带一道家常菜，与社区70岁以上老人共进午餐。
二、报名方式：请扫描社区公告栏上的二维码报名，或到社区服务大厅登记，10月9日截止。
三、温馨提示：活动当天社区广场周边暂停停车，请各位居民提前挪车。活动照片将发布在社区公众号上，欢迎居民关注。
咨询电话：0737-8852071（社区服务大厅）
芮园社区居民委员会
2024年10月4日
""",
    ),
    dict(
        slug="community-chaojiaxiang-pledge-one-bell-per-home",
        site="晁家巷社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.chaojiaxiang.org/sqdt/cys/2024/1203/88.html",
        title="关于开展“一户一铃”邻里守望行动的倡议书",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes="title given by the record as is; 分享到楼栋群 is content; the community's 报名电话 beside the property service line; posting date differs",
        page="""
!m 晁家巷社区网 · 邻里中心
!m 首页 > 社区动态 > 倡议书
{T}
!m 发布：社区工作站　2024-12-03　阅读 512
{BODY}
!l 【相关】晁家巷社区独居老人关爱服务登记表
!m 物业服务中心：0737-8861999
!m 洚湖区晁家巷社区居民委员会主办
""",
        body="""
全体居民朋友们：
入冬以来，天冷路滑，独居老人在家中跌倒、突发疾病的风险明显增加。为让老人在遇到紧急情况时能及时得到帮助，社区决定开展“一户一铃”邻里守望行动，并向大家倡议：
一、社区为辖区内68户独居老人每户配发一只手摇铃，挂在床头或门边。请老人的左邻右舍记住：听到急促的铃声，请第一时间上门查看。
二、欢迎居民报名担任“守望邻居”，每人结对一户老人，每天至少敲一次门、问一声好。
三、请大家把本倡议分享到楼栋群，让更多人知道这串铃声的意思。
报名电话：0737-8861530
晁家巷社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="assoc-chengchuan-minutes-brushrest-council",
        site="枨川县文房四宝协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://www.ccwfsb.org.cn/xhdt/hyjy/2024/0326/47.html",
        title="枨川县文房四宝协会第三届理事会第二次会议纪要",
        record_title="〖理事会议事〗枨川县文房四宝协会第三届理事会第二次会议纪要 - 文房协会 · 会务",
        date="2024-03-22",
        date_also=["2024-03-26"],
        notes="association site with member-login row and member hotline; minutes with 时间/地点/主持/参会/列席/记录 lines and a vote count; the 时间 line is the date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会议事〗枨川县文房四宝协会第三届理事会第二次会议纪要 - 文房协会 · 会务</title></head><body>
<div class="topbar"><a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a> <span>⟦m 会员服务专线：0736-5309012⟧</span></div>
<header>⟦m 枨川县文房四宝协会⟧</header>
<nav><a>⟦m 首页⟧</a><a>⟦m 协会概况⟧</a><a>⟦m 协会动态⟧</a><a>⟦m 会员风采⟧</a><a>⟦m 行业标准⟧</a><a>⟦m 联系我们⟧</a></nav>
<div class="path">⟦m 首页 » 协会动态 » 会议纪要⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 秘书处　2024-03-26　阅读 183⟧</div>
<div class="text">
{BODY}
</div>
<div class="more">⟦l 往期纪要：第三届理事会第一次会议纪要⟧</div>
<footer>⟦m 协会地址：枨川县非遗展示馆内　邮箱：ccwfsb@126.com⟧</footer>
</body></html>
""",
        body="""
时间：2024年3月22日上午9:30
地点：枨川县非遗展示馆二楼会议室
主持：会长 邝明德
参会：理事15人（应到17人）
列席：县文化旅游广电局非遗股 游婷
记录：秘书处 蓝小湘
会议审议并表决通过以下事项：
一、《2024年度笔架等文房产品质量自律公约》，同意15票，反对0票，弃权0票。
二、同意吸收晖田镇竹根笔架作坊等3家单位为会员单位。
三、决定于5月举办首届枨川笔架雕刻技艺大赛，由秘书处拟定方案，4月15日前报理事会。
会议要求，各会员单位要按照公约要求，在产品上标注材质和产地，不得以树脂仿冒石质、木质笔架销售。
""",
    ),
    dict(
        slug="assoc-zhiling-pledge-satchel-dyes",
        site="栉岭县箱包行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zlxbxh.com/xhdt/2024/1030/152.html",
        title="关于在布挎包生产中全面使用环保染料的倡议书",
        record_title="「行业自律」关于在布挎包生产中全面使用环保染料的倡议书 | 栉岭县箱包行业协会",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="association pledge: 转发、分享 is content; a join-the-association prompt; posting date differs from the 成文日期",
        page="""
!m 栉岭县箱包行业协会
!m 首页 | 协会动态 | 行业资讯 | 会员名录 | 入会指南
{T}
!m 发布日期：2024-10-30　来源：协会秘书处
{BODY}
!a 加入协会，享受检测费用八折优惠 >>
!m 协会电话：0745-3381266　地址：栉岭县杲坪镇布艺产业园
""",
        body="""
全县布挎包生产企业和加工户：
今年以来，市场监管部门在抽查中发现，个别作坊生产的布挎包甲醛含量、偶氮染料超标，不仅损害消费者健康，也影响了“栉岭布包”的整体声誉。为此，协会向全行业发出倡议：
一、全面使用符合国家标准的环保染料，拒绝购买来路不明的廉价染料；
二、每批产品出厂前送检或自检，建立检验台账，做到批批可查；
三、发现同行使用违规染料的，及时向协会或监管部门反映。
守住质量底线，就是守住大家的饭碗。请各会员单位把本倡议转发、分享给身边的加工户，共同维护行业信誉。
栉岭县箱包行业协会
2024年10月28日
""",
    ),
    dict(
        slug="company-qingyin-news-tempered-flute-line",
        site="桊溪清音乐器厂 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingyinflute.com/news/company/20241118.html",
        title="清音乐器新一代十二平均律竹笛正式下线",
        record_title="新闻中心 ▏清音乐器新一代十二平均律竹笛正式下线｜清音乐器",
        date="2024-11-18",
        notes="company news with a cookie notice and a service float; a shop prompt on a line of its own inside the body; slashed company date line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新闻中心 ▏清音乐器新一代十二平均律竹笛正式下线｜清音乐器</title></head><body>
<div class="cookie-tip">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header><span class="brand">⟦m 桊溪清音乐器厂⟧</span>
<nav><a>⟦m 首页⟧</a><a>⟦m 关于清音⟧</a><a>⟦m 产品中心⟧</a><a>⟦m 新闻中心⟧</a><a>⟦m 联系我们⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024/11/18　浏览：342⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：清音乐器亮相全国乐器展⟧ ⟦l 下一篇：工厂开放日活动回顾⟧</div>
<div class="float-service">⟦w 在线客服⟧ ⟦w 订购热线 400-615-3308⟧</div>
<footer>⟦m 地址：桊溪县竹乡大道188号⟧ ⟦m © 桊溪清音乐器厂　湘ICP备11029937号⟧</footer>
</body></html>
""",
        body="""
11月15日，桊溪清音乐器厂新一代十二平均律竹笛在新建的恒温车间正式下线。
与传统竹笛相比，新产品在开孔时采用数控定位，每支笛子出厂前都经过电子调音仪逐音检测，音准误差控制在5音分以内，更适合与钢琴、扬琴等乐器合奏。
厂长蓝守仁介绍，新品首批生产3000支，主要供应各地中小学和民乐团。工厂同时保留了手工制作线，老师傅手工烤制的精品笛仍按订单生产。
⟦a 了解产品详情，请移步官方商城选购⟧
据了解，清音乐器厂始建于1986年，是桊溪县规模最大的竹笛生产企业。
""",
    ),
    dict(
        slug="company-letong-recall-toy-handbells-batches",
        site="乐童玩具官方网站 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.letongtoys.cn/about/notice/2024061201.html",
        title="关于召回部分批次儿童木柄手摇铃的公告",
        record_title="重要公告｜关于召回部分批次儿童木柄手摇铃的公告",
        date="2024-06-12",
        notes="recall notice with a batches table that holds production dates (not the date); the recall line in the body beside the 400 order line",
        page="""
!m 乐童玩具官方网站
!m 首页 › 关于乐童 › 公司公告
{T}
!m 发布：品牌部　2024-06-12　浏览 2207
{BODY}
!a 购买新品请拨打订购热线 400-833-2516 或进入官方旗舰店
!l 上一篇：乐童玩具通过质量管理体系复审
!m 榘城乐童玩具有限公司 版权所有
""",
        body="""
尊敬的消费者：
我公司在质量回访中发现，部分批次儿童木柄手摇铃的铃舌固定铆钉存在松脱风险，铃舌脱落后可能被幼儿误吞。为保护儿童安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产日期
LT-B01　20240315　2024年3月15日
LT-B01　20240402　2024年4月2日
LT-B02　20240419　2024年4月19日
请持有上述批次产品的消费者立即停止使用，并拨打召回专线0737-8907715登记，我公司将免费更换或全额退款。产品批号印在铃柄底部。
由此给您带来的不便，我们深表歉意。
榘城乐童玩具有限公司
2024年6月12日
""",
    ),
    dict(
        slug="school-qingyun-brochure-flute-winter-class",
        site="清韵艺术培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qingyunyishu.com/zsjz/2024/1206/31.html",
        title="少儿竹笛寒假集训班招生简章",
        record_title="【寒假特训】少儿竹笛寒假集训班招生简章（零基础可报）- 清韵艺术培训学校",
        date=None,
        notes="training school brochure: promo banner, consult float; a course table; the school's 报名电话 beside the 400 hotline; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【寒假特训】少儿竹笛寒假集训班招生简章（零基础可报）- 清韵艺术培训学校</title></head><body>
<div class="banner">⟦a 新春钜惠：两人同报各减100元⟧</div>
<header><span>⟦m 清韵艺术培训学校⟧</span> <span>⟦m 全国招生热线 400-160-7733⟧</span></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 课程中心⟧</a><a>⟦m 师资力量⟧</a><a>⟦m 学员风采⟧</a><a>⟦m 报名咨询⟧</a></nav>
<div class="pos">⟦m 首页 &gt; 招生简章⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布者：招生办　浏览：1896⟧</div>
<div class="detail">
{BODY}
</div>
<div class="float-consult">⟦w 在线咨询　预约试听⟧</div>
<footer>⟦m 办学许可证号：教民1403211060027号⟧ ⟦m 湘ICP备18021166号⟧</footer>
</body></html>
""",
        body="""
清韵艺术培训学校少儿竹笛寒假集训班开始报名啦！
一、招生对象：6至14岁少年儿童，零基础或有一定基础均可。
二、课程安排：
班型　上课时间　课时　学费
启蒙班　1月20日至2月2日每天上午　24课时　960元
提高班　1月20日至2月2日每天下午　24课时　1200元
三、授课老师：学校竹笛教研组，主讲教师均为音乐专业本科毕业，有五年以上教学经验。
四、报名须知：学员须自备F调或G调竹笛一支，不会选购的可咨询老师；每班限招12人，额满即止。
报名电话：0737-8875126（晏老师）
报名地址：榘城市洚湖区文化路27号清韵艺术培训学校二楼
""",
    ),
    dict(
        slug="school-moyuan-insight-brushrest-first-lesson",
        site="墨苑书法培训中心 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.moyuansf.cn/xytd/xyxz/312.html",
        title="从摆好笔架开始——书法启蒙班学习心得",
        record_title="〔学员习作〕从摆好笔架开始——书法启蒙班学习心得·墨苑书法",
        date=None,
        notes="a trainee's insight with no date; trial-lesson prompt and course WeChat below",
        page="""
!m 墨苑书法培训中心
!m 首页 - 学员天地 - 学员习作
{T}
!m 作者：启蒙班学员 游思齐　指导老师：蓝砚秋　点击 96
{BODY}
!a 预约一节免费体验课，感受书法的静气 → 点击预约
!w 课程咨询微信：moyuan_sf
!m 墨苑书法培训中心 · 枨川县城关镇书院街12号
""",
        body="""
报名书法班之前，我以为学写毛笔字就是拿起笔来写。第一节课，蓝老师却没让我们动笔，而是教大家怎么摆放文房用具。
砚台放在右前方，笔架挨着砚台，毛笔用完要搁在笔架上，笔头朝外，不能随手扔在桌上。老师说，笔架不只是放笔的，它让你每写完一段就停一停、想一想。
一开始我觉得这些规矩很麻烦，总忘记把笔搁回去，弄得桌面全是墨点。两个月下来，摆笔架、洗笔、收纸已经成了习惯，写字时心也静了不少。
现在我的楷书已经能写得比较工整了。我想，学书法先学规矩，大概就是这个道理。
""",
    ),
    dict(
        slug="app-bixun-host-script-first-brush-bell",
        site="笔迅写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bixunxiezuo.com/share/fw/7731902?from=wx",
        title="一年级新生开笔礼主持词",
        record_title="一年级新生开笔礼主持词（摇铃启智环节完整版）· 笔迅写作",
        date=None,
        notes="writing-app H5 share: open-app mask, AI buttons, a 'read the second half' fold between paragraphs; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>一年级新生开笔礼主持词（摇铃启智环节完整版）· 笔迅写作</title>
<script>window.__SHARE__={fid:7731902};</script></head><body>
<div class="open-app-mask">⟦a 打开笔迅写作App，查看完整范文⟧ <button>⟦a 立即打开⟧</button></div>
<header>⟦m 笔迅写作⟧</header>
<h1>{T}</h1>
<div class="meta">⟦m 范文 · 主持词 · 1.2万人已复制⟧</div>
<div class="ai-bar"><button>⟦a AI扩写⟧</button> <button>⟦a AI换个说法⟧</button> <button>⟦a 一键复制⟧</button></div>
<div class="fw-body">
{BODY}
</div>
<div class="similar">⟦l 相似范文：开学典礼主持词 · 成人礼主持词⟧</div>
<footer>⟦d 范文由用户创作分享，仅供参考⟧</footer>
</body></html>
""",
        body="""
尊敬的各位家长、老师，亲爱的同学们：
大家上午好！今天，我们在这里为一年级新同学举行开笔礼。从今天起，你们就是一名真正的小学生了。
下面进行第一项：正衣冠。请同学们互相整理衣领，坐端正。
⟦a 继续阅读下半部分 ︾⟧
第二项：摇铃启智。请校长摇响学校的老铜铃。这只铃已经陪伴我们学校五十多年，铃声响起，代表着新学期开始了，也提醒同学们从今天起要守时、专心。
第三项：朱砂开智、描红写“人”字。请老师为同学们点朱砂，并带领大家写下人生第一个毛笔字。
同学们，写好“人”字，更要做好人。开笔礼到此结束，祝大家学习进步、天天开心！
""",
    ),
    dict(
        slug="app-xiezuobao-speech-steamer-food-festival",
        site="写作宝App (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiezuobao.cn/fw/jianghua/55108.html",
        title="在晖田镇首届木甑饭美食文化节开幕式上的致辞",
        record_title="在晖田镇首届木甑饭美食文化节开幕式上的致辞（镇长致辞稿）- 写作宝App",
        date="2024-09-28",
        notes="speaker line and date line under the title (neutral); the date under the title is the date; app prompt above, member-copy line below",
        page="""
!m 写作宝App · 讲话致辞
!a 打开App，免费领取3天会员
{T}
晖田镇镇长　游建华
（2024年9月28日）
{BODY}
!a 复制全文需开通会员 ｜ AI润色 ｜ 生成同类范文
!l 大家还在看：乡村旅游节开幕致辞　丰收节活动讲话稿
""",
        body="""
各位来宾、各位乡亲、朋友们：
金秋九月，稻谷飘香。今天，晖田镇首届木甑饭美食文化节在这里隆重开幕。我代表镇党委、镇政府，向远道而来的各位嘉宾表示热烈欢迎！
木甑饭是晖田人祖祖辈辈的家常饭，杉木甑子蒸出来的米饭，粒粒分明、带着木香，是很多在外游子心里最深的乡愁。
这次文化节，我们安排了木甑饭制作比赛、箍甑手艺展示和农产品展销等活动，就是要让这口老味道走出山村，带动乡亲们增收致富。
最后，祝文化节圆满成功，祝大家吃得开心、玩得尽兴！
""",
    ),
]
