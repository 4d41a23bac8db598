"""holdout313, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="wenxiang-qa-down-quilt-compression-bag",
        site="问巷 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenxiang.net/question/40917726",
        title="羽绒被能不能用真空压缩袋收纳？压多久会压坏？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; an adopted-answer badge, a vote bar and more "
        "answers; the answer's time is relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>问巷 - 有问题，就到巷子里问问</title>
<script src="/assets/qa.bundle.js"></script>
</head><body>
<div class="hdr"><a href="/">⟦m 问巷⟧</a> <input placeholder="搜索问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录后回答⟧</a></div>
<div class="crumbs">⟦m 问巷 › 生活 › 家居收纳⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：冬瓜糖　　7 个月前　　浏览 6,930⟧</p>
<p class="q-add">⟦m 问题补充：家里两床羽绒被，冬天过了想收起来，柜子放不下。⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 收纳师阿苒　家居收纳领域答主　回答于 6 个月前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="votes">⟦a 有用 412　没用 9　评论 18　收藏⟧</div></div>
<div class="more"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 蓝桥：我家压了一个夏天，拿出来拍一拍晒一晒就恢复了⟧</p>
<p>⟦l 匿名用户：最好别压，用透气的收纳袋更好⟧</p></div>
<div class="rel">⟦l 相关问题：棉被压缩后还能恢复吗？ / 压缩袋有异味正常吗？⟧</div>
<div class="ft">⟦d 回答内容仅代表答主个人观点，不构成专业建议⟧ ⟦m 问巷 wenxiang.net 京ICP备22013570号⟧</div>
</body></html>
""",
        body="""
可以压，但要注意方法和时间。
羽绒被靠羽绒之间的空气保暖，长时间压得太扁，羽绒的弹性会慢慢变差。一般建议压缩不要超过三个月，如果要放一整个夏天，压到原来体积的一半左右就够了，不要抽到完全扁平。
收纳前一定要先晾晒，让被子彻底干透，不然潮气封在袋子里容易发霉、有异味。装袋时把被子叠整齐，封口条来回按压两遍，再抽气。
拿出来以后，把被子平铺，用手拍一拍，放在通风处晾半天到一天，羽绒基本都能蓬松回来。
蚕丝被和羊毛被不太适合用压缩袋，这一点也要留意。
""",
    ),
    dict(
        slug="wendehao-qa-toothbrush-cup-upside-down",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wendehao.cn/q/1180562.html",
        title="牙刷杯到底该倒扣还是正放？",
        record_title="牙刷杯到底该倒扣还是正放？（已有3人回答）- 问得好",
        date=None,
        notes="decorated question title; the best answer is the body; 回答于 with a relative time; no date",
        page="""
!m 问得好　wendehao.cn
!m 问得好 > 健康 > 口腔护理
!t 牙刷杯到底该倒扣还是正放？
!m 提问时间：2 个月前　｜　3个回答　｜　浏览 2,118
!m 最佳回答　　口腔医生小钟　回答于 2 个月前
{BODY}
!a 赞同 87　　反对 2　　分享这条回答
!l 另有2个回答
!l 饭团：我一直倒扣着放，杯子里面确实干净很多
!l 无名氏：电动牙刷有专门的架子，不用杯子
!a 你也来回答吧　请先登录问得好
""",
        body="""
建议牙刷杯用完后倒扣或侧放，牙刷单独刷头朝上放。
牙刷杯正放时，杯底容易积水，潮湿的杯底很快会长出一层黏滑的菌膜，时间长了还会发黑。倒扣着放，杯内的水能沥干，细菌不容易繁殖。
不过倒扣也有讲究：要扣在干净、通风的台面或杯架上，不要扣在有积水的洗手台面上，否则反而更潮。
牙刷最好不要一直泡在杯子里。刷完牙把刷毛冲洗干净、甩干，刷头朝上插在杯里或放在牙刷架上，让刷毛自然风干。
另外，牙刷杯每周用热水烫洗一次，牙刷三个月左右换一把。
""",
    ),
    dict(
        slug="laojiang-collection-memoir-cork-stopper-gb2312",
        site="老蒋文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laojiang-wencun.cn/dxsy/07.htm",
        title="外婆的软木瓶塞",
        record_title="外婆的软木瓶塞（《灯前拾零》之七）— 老蒋文存",
        date=None,
        notes="an old collection page: marquee, chapter links, counter and the author's mailbox; the essay ends with "
        "a season-and-year line only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆的软木瓶塞（《灯前拾零》之七）— 老蒋文存</title>
</head><body bgcolor="#fbf7ec">
<table width="780" align="center"><tr><td align="center"><font size="5">⟦m 老蒋文存⟧</font><br>⟦m 一个退休教书匠的文字小屋⟧</td></tr>
<tr><td><marquee>⟦d 文中所写皆为真人旧事，引用请注明出处，谢绝商用⟧</marquee></td></tr></table>
<table width="780" align="center"><tr>
<td>⟦m 文存首页⟧</td><td>⟦m 灯前拾零⟧</td><td>⟦m 讲台春秋⟧</td><td>⟦m 诗词习作⟧</td><td>⟦m 留言簿⟧</td></tr></table>
<table width="780" align="center"><tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 《灯前拾零》第七篇　蒋守拙⟧</p>
{BODY}
<p align="center">⟦l ［上一篇：煤油灯下的作业本］　［目录］　［下一篇：父亲的竹篾箱］⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 本文存自开张以来已有 046211 人次光临⟧<br>
⟦w 来信请寄：laojiangwencun@126.com⟧<br>
⟦m 胤阳 蒋守拙 制作维护⟧</td></tr></table>
</body></html>
""",
        body="""
外婆家的暖水瓶是竹壳的，瓶口塞着一个软木塞。那木塞用得久了，边上被热气熏得发黑，中间有一道细细的裂纹。
每回倒水，外婆总是先用手掌捂住瓶塞，轻轻拧一下再拔出来。她说，木塞热胀，猛地一拔，热水会跟着溅出来。倒完水，她又把木塞在围裙上擦擦，稳稳按回瓶口。
有一年冬天，木塞裂得厉害，塞进去一直“嘶嘶”冒气。外婆舍不得买新的，找来一块旧布把木塞裹了一圈，又用棉线扎紧，居然又用了整整一个冬天。
后来家里换了塑料塞、硅胶塞，再也没人用布裹瓶塞了。可我每次拔暖瓶塞，手还是会先按一按，像外婆那样。
二〇二三年冬，写于胤阳
""",
    ),
    dict(
        slug="zhuzhai-collection-essay-first-knife-fork-oneline",
        site="竹斋小集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://zhuzhai.xiaoji.org/sanwen/12.txt",
        title="第一次用刀叉",
        record_title=None,
        date=None,
        notes="no title in the record: the title line on the page; the whole body on one line; no date",
        page="""
!m 竹斋小集 · 散文卷
!m 目录 ｜ 上一则 ｜ 下一则
{T}
!m 作者：竹斋主人
{BODY}
!l 本卷篇目：老街的剃头铺 · 第一次用刀叉 · 我的三个同桌
!d 竹斋小集文字为作者个人所有，转录请先来信
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我第一次用刀叉，是在婷州读师范的第二年。班主任带我们去市里一家西餐厅，说是让乡下孩子“开开眼”。
牛排端上来，我左手拿刀，右手拿叉，切了半天，肉在盘子里滑来滑去，刀叉碰得叮当响。邻桌的人回头看，我的脸一下子烧起来。
服务员走过来，笑着把我手里的刀叉换了个方向：“右手拿刀，左手拿叉，叉子按住，刀慢慢锯。”我照着做，果然切下一小块。
那块牛排什么味道，我早就忘了。只记得回学校的路上，班主任说：“不会不丢人，学会就好。”这句话，我后来教书三十年，也常常说给学生听。
""",
    ),
    dict(
        slug="yinyang-party-speech-stairwell-volunteers-cn-date",
        site="胤阳先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yyxianfeng.gov.cn/jcdj/2024/0311/6670.html",
        title="在馗园社区楼道清洁志愿服务队成立仪式上的讲话",
        record_title="〖基层党建·讲话〗在馗园社区楼道清洁志愿服务队成立仪式上的讲话_胤阳先锋网",
        date="2024-03-05",
        date_also=["2024-03-11"],
        notes="date under the speech title in Chinese numerals, the page's date also accepted; speaker line neutral; "
        "study-points prompt and read-on-phone line; mop buckets as the subject",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖基层党建·讲话〗在馗园社区楼道清洁志愿服务队成立仪式上的讲话_胤阳先锋网</title>
<script src="/js/pv.js"></script>
</head><body>
<div class="top">⟦m 胤阳先锋网⟧ ⟦m 中共胤阳县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 基层党建⟧ ⟦m 干部工作⟧ ⟦m 人才工作⟧ ⟦m 党员教育⟧</div>
<div class="loc">⟦m 位置：首页 → 基层党建 → 城市党建⟧</div>
<div class="con"><h1>{T}</h1>
<div class="info">⟦m 时间：2024-03-11　来源：馗园社区党委　浏览：732⟧</div>
<p class="sub">（二〇二四年三月五日）</p>
<p class="sub">馗园社区党委书记　庞秀英</p>
{BODY}
<div class="score">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="qr">⟦a 用手机扫码，随时随地读党建⟧</div></div>
<div class="pn">⟦l 上一篇：姣田镇召开村党组织书记述职评议会⟧<br>⟦l 下一篇：县委组织部开展“三会一课”专项督查⟧</div>
<div class="foot">⟦m 中共胤阳县委组织部　联系电话：0745-2600715⟧ ⟦m 湘ICP备13006274号⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天是学雷锋纪念日，我们在这里成立馗园社区楼道清洁志愿服务队。首先，我代表社区党委，向报名参加服务队的68名党员和居民表示感谢！
馗园社区是老旧小区，没有物业，楼道卫生一直是居民反映最多的问题。有的楼道堆着旧拖把桶，桶里积着污水，夏天招蚊子，一到晚上还容易绊倒老人。
今天，爱心企业为服务队捐赠了32套拖把和拖把桶，每个楼栋一套。我提三点希望：一是分好工，每个楼栋明确一名党员楼长，排好值日表；二是管好工具，拖把桶用完倒掉污水、冲洗干净，统一放在楼栋工具柜里，不再堆在楼道；三是带好头，党员志愿者要带动更多邻居参与进来。
同志们，楼道虽小，连着千家万户。让我们一起动手，把楼道扫干净、拖明亮！
""",
    ),
    dict(
        slug="yichuan-party-summary-compression-bags-elders",
        site="奕川党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.yichuan.gov.cn/zyfw/202312/t20231228_2210.html",
        title="“暖冬整衣”志愿服务活动工作总结",
        record_title="【党员志愿服务】“暖冬整衣”志愿服务活动工作总结 - 奕川党建",
        date="2023-12-22",
        date_also=["2023-12-28"],
        notes="a Party branch's summary with its table; 成文日期 under the signature, the site's date also accepted",
        page="""
!m 奕川党建　｜　奕川县委组织部
!m 当前位置：首页 › 志愿服务 › 工作动态
!t 【党员志愿服务】“暖冬整衣”志愿服务活动工作总结
!m 发布时间：2023-12-28　　作者：县文广旅体局机关党支部　　阅读：298
!a 【大字】【中字】【小字】　　打印本页
{BODY}
!a 学习强国号同步推送，扫码即可收藏本文
!l 相关阅读：党员志愿者为独居老人修缮门窗　｜　“红马甲”进社区活动掠影
!m 奕川县委组织部主办　　奕川县委党建办维护
""",
        body="""
11月至12月，县文广旅体局机关党支部开展“暖冬整衣”志愿服务活动，组织党员志愿者到结对的锵鸣社区，帮助独居老人整理换季衣物被褥。现将活动情况总结如下。
一是摸清需求。支部与社区网格员一起走访独居老人家庭，登记需要帮助的老人，了解衣柜、被褥存放情况。
二是上门整理。志愿者把夏季衣物和薄被分类叠好，用真空压缩袋收纳，在袋上贴好“夏衣”“薄被”标签，方便老人明年取用；冬衣冬被拿出来晾晒后放在顺手的位置。
服务情况如下：
小区　服务户数　使用压缩袋（个）
锵鸣一区　9　46
锵鸣二区　7　35
锵鸣三区　5　24
三是留下联系。每户留下一张联系卡，老人需要再次整理时可随时联系支部。
下一步，支部将把这项活动作为常态化服务，每年换季时各开展一次。
中共奕川县文广旅体局机关支部委员会
二〇二三年十二月二十二日
""",
    ),
    dict(
        slug="yinyang-hospital-burns-thermos-stopper-article",
        site="胤阳县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://www.yyxrmyy.com/jkxj/2024/0115/2031.html",
        title="暖瓶塞“砰”地弹开烫伤了手，先做这三步",
        record_title="〔健康宣教〕暖瓶塞“砰”地弹开烫伤了手，先做这三步 - 科室动态 - 胤阳县人民医院",
        date="2024-01-15",
        notes="hospital page: booking float, 24-hour line, experts list; the 发布时间 byline as the page's date; "
        "the department's 咨询电话 stays in the body beside the hospital's booking and 24-hour lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔健康宣教〕暖瓶塞“砰”地弹开烫伤了手，先做这三步 - 科室动态 - 胤阳县人民医院</title>
<link rel="stylesheet" href="/css/hos.css">
</head><body>
<div class="hd">⟦m 胤阳县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 24小时急诊：0745-2612120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康宣教⟧</li></ul>
<div class="pos">⟦m 首页 › 健康宣教 › 科室动态⟧</div>
<div class="art"><h1>{T}</h1>
<p class="meta">⟦m 发布时间：2024-01-15　来源：烧伤科　阅读：1520⟧</p>
{BODY}
</div>
<div class="side"><h3>⟦l 烧伤科专家⟧</h3><p>⟦l 韦国栋 主任医师⟧</p><p>⟦l 庞晓婷 副主任医师⟧</p></div>
<div class="float">⟦a 微信预约挂号⟧ ⟦a 报告查询⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：胤阳县城关镇人民路102号　预约挂号：0745-2612000⟧ ⟦m 湘ICP备16011728号⟧</div>
</body></html>
""",
        body="""
天冷了，暖水瓶用得多。烧伤科近一个月接诊了9名被暖水瓶烫伤的患者，其中有5人是刚灌满开水、塞上瓶塞后，瓶塞突然弹开，热水溅到手上。
为什么瓶塞会弹开？灌水太满、瓶塞塞得太紧，瓶内热气没有空间，压力一大就会把瓶塞顶出来。正确做法是灌水到瓶颈下方两指处，瓶塞轻轻盖上、不要用力按压。
一旦烫伤，先做三步：一冲，用流动的冷水冲洗伤处15到30分钟；二脱，冲水时小心脱下戒指、手表；三盖，用干净的纱布或毛巾轻轻盖住，尽快就医。不要涂牙膏、酱油，也不要自己挑破水疱。
想看烫伤急救演示视频，可关注医院微信公众号“胤阳县人民医院”，在“健康课堂”栏目查看。如有疑问，可拨打烧伤科咨询电话0745-2612356。
""",
    ),
    dict(
        slug="yanxi-hospital-notice-ward-toothbrush-cups",
        site="焱溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yxxrmyy.cn/tzgg/20240407/886.html",
        title="关于病区统一配发一次性牙刷杯的通知",
        record_title="关于病区统一配发一次性牙刷杯的通知_院务公开_焱溪县人民医院",
        date="2024-04-07",
        notes="a hospital's internal notice; the infection-control office's own phone in the body beside the hospital's "
        "switchboard and 24-hour line in the footer; 成文日期 under the signature",
        page="""
!m 焱溪县人民医院　仁心仁术　守护焱溪
!m 首页 > 院务公开 > 通知公告
!t 关于病区统一配发一次性牙刷杯的通知
!m 发文科室：医院感染管理科　　发布于 2024-04-07　　浏览 264 次
{BODY}
!a 【打印】　【返回列表】
!m 医院总机：0734-8881000　　急诊24小时：0734-8881120
!m 焱溪县人民医院版权所有　技术支持：焱溪县智医网络科技
""",
        body="""
各临床科室、护理单元：
近期院感科抽查发现，部分病区住院患者自带的牙刷杯长期放在床头柜上，杯内积水，少数多人病房存在家属与患者混用的情况。为降低院内交叉感染风险，经院长办公会研究，决定自4月15日起在全院病区统一配发一次性牙刷杯。
一、新入院患者由病区护士在入院宣教时发放，每人一只，杯身写明床号。
二、住院超过14天的患者每两周更换一次。
三、出院后牙刷杯一律按医疗废物以外的生活垃圾处理，不得回收重复使用。
四、各护士长负责本病区落实情况，院感科每月检查。
联系科室：医院感染管理科，电话：0734-8881163。
焱溪县人民医院
2024年4月7日
""",
    ),
    dict(
        slug="tingzhou-university-graduation-compression-bags-h1",
        site="婷州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tzvtc.edu.cn/xwzx/xyxw/2024/0618/c1021a55302/page.htm",
        title="毕业季学生宿舍推出压缩袋打包寄递服务",
        record_title=None,
        date="2024-06-18",
        notes="no title in the record: the news page's <h1>; dotted byline date as the page's date; photo caption; "
        "a reviewer line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>婷州职业技术学院</title>
<link rel="stylesheet" href="/_css/site.css">
</head><body>
<div class="head">⟦m 婷州职业技术学院⟧ ⟦m 明德　精技　笃行⟧
<a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a EN⟧</a></div>
<div class="menu">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 新闻中心⟧ ⟦m 校园服务⟧</div>
<div class="place">⟦m 当前位置：首页 - 新闻中心 - 校园新闻⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 2024.06.18　作者：学生处 宋芃芃　点击：<span>1093</span>⟧</div>
{BODY}
</div>
<div class="pn">⟦l 上一条：我校举行2024届毕业典礼⟧ ⟦l 下一条：学院召开暑期安全工作部署会⟧</div>
<div class="foot">⟦m 地址：婷州市媛湾大道1288号　邮编：412000⟧ ⟦m 湘ICP备05004129号⟧</div>
</body></html>
""",
        body="""
6月17日起，学校后勤服务中心和学生处在四个宿舍区设立“毕业行李打包点”，为即将离校的毕业生提供真空压缩袋打包和寄递服务。
打包点为每名毕业生免费提供两个大号真空压缩袋，志愿者用电动抽气泵帮助同学把棉被、冬衣压缩打包，一床棉被压缩后只有原来的三分之一大小，寄递费用明显降低。
⟦m 志愿者帮助毕业生压缩打包被褥⟧
“原来四个箱子装不下，压缩以后两个箱子就够了。”机电工程学院毕业生龙子航说。据统计，开点第一天就有312名毕业生前来打包，寄出行李540件。
打包点将持续开放至6月28日，每天上午8点至晚上9点。⟦m （审核：袁立群）⟧
""",
    ),
    dict(
        slug="tingzhou-university-canteen-cutlery-return",
        site="婷州职业技术学院后勤服务中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.tzvtc.edu.cn/tzgg/2024/0226/771.htm",
        title="关于在学生食堂推行餐具分类回收的通知",
        record_title="关于在学生食堂推行餐具分类回收的通知-后勤公告-婷州职院后勤服务中心",
        record_date="2024-02-26",
        date="2024-02-26",
        notes="record date; a notice on returning knives, forks and spoons to sorted bins; site chrome top and bottom",
        page="""
!m 婷州职业技术学院后勤服务中心
!m 首页　后勤公告　饮食服务　宿舍管理　维修报修
!t 关于在学生食堂推行餐具分类回收的通知
!m 作者：饮食服务科　　阅读量：1377
{BODY}
!l 附近公告：第二食堂开学首周营业时间调整　｜　宿舍热水供应时间说明
!m 后勤服务中心　值班电话：0733-2281900
""",
        body="""
全校师生：
为提高餐具回收清洗效率，减少餐具丢失和损坏，自3月4日起，第一、第二学生食堂推行餐具分类回收。
一、食堂回收台按餐盘、碗、刀叉勺设置三个分类投放口，就餐后请先把剩菜倒入泔水桶，再将餐盘、碗和刀叉勺分别投放。
二、西餐窗口提供的不锈钢刀叉请放入刀叉专用回收篮，刀口朝下，避免划伤回收人员。
三、请勿将食堂餐具带出食堂。去年全年两个食堂共丢失刀叉勺1.3万件，直接损失近4万元。
四、学生会生活部将组织志愿者在就餐高峰时段引导分类投放。
感谢全体师生的理解和配合。
后勤服务中心
2024年2月26日
""",
    ),
]
