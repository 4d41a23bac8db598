"""holdout293, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text each).

Invented throughout; subjects 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="community-liyuan-coal-stove-home-checks",
        site="厘园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liyuansq.cn/tzgg/2024/1118/209.html",
        title="关于开展冬季煤炉取暖安全入户检查的通知",
        date="2024-11-18",
        notes="record title as is; residents' site with a weather line and a grid member's box; the community's own "
        "值班电话 beside the property company's repair line and the grid member's mobile; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展冬季煤炉取暖安全入户检查的通知 - 厘园社区</title>
<script src="/js/weather.js"></script></head><body>
<div class="sq-top">⟦m 厘园社区 · 邻里一家亲⟧　⟦m 缎湖区 今天 晴转多云 2～11℃⟧</div>
<div class="sq-nav">⟦m <a>社区首页</a> <a>社区公告</a> <a>办事指南</a> <a>邻里活动</a> <a>志愿服务</a>⟧</div>
<div class="sq-pos">⟦m 位置：首页 › 社区公告⟧</div>
<div class="sq-main"><h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　围观 386 人⟧</p>
{BODY}
<p>⟦l 居民留言（4）：请问周末也上门吗？⟧</p></div>
<div class="sq-grid"><b>⟦l 我的网格员⟧</b><br>⟦m 第三网格 邵春燕　手机 139 7080 5512⟧</div>
<div class="sq-wy">⟦m 物业24小时报修：0791-8856110⟧</div>
<div class="sq-foot">⟦m 厘园社区居民委员会　地址：缎湖区厘园路12号⟧<br>⟦d 本网站由社区志愿者维护，内容仅供居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以来，辖区仍有部分住户使用煤炉取暖。为防范一氧化碳中毒和火灾事故，社区将联合辖区派出所、物业公司，于11月20日至30日开展煤炉取暖安全入户检查。现将有关事项通知如下：
一、检查内容：煤炉是否安装烟囱和风斗，烟囱是否堵塞、漏气，室内是否通风，是否安装一氧化碳报警器。
二、检查方式：网格员带队逐户上门，请居民在家配合；白天不在家的，可预约晚上检查。
三、对独居老人家庭，社区将免费安装一氧化碳报警器。
社区值班电话：0791-8856237
厘园社区居民委员会
2024年11月18日
""",
    ),
    dict(
        slug="community-kangshi-fair-scale-opening",
        site="糠市街社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kangshijie.sqfw.cn/gonggao/2024-09/4410.html",
        title="糠市街社区便民公平秤启用公告",
        record_title="【邻里便民】糠市街社区便民公平秤启用公告 - 糠市街社区",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="residents' site text: record date equals the 成文日期; 扫码 as content (scan to see the scale's "
        "calibration record); the community's phone beside the property duty line",
        page="""
!m 糠市街社区　｜　家门口的服务站
!m 首页 ＞ 社区公告 ＞ 便民服务
!t 【邻里便民】糠市街社区便民公平秤启用公告
!m 社区居委会　发布　　浏览 512
{BODY}
!l 居民点评：这个好，以后买菜心里有底了
!a 点此转发给家里老人
!m 物业值班：0793-6102288　　网格服务热线：0793-6102255
!m 糠市街社区居委会 主办
""",
        indent="\u3000\u3000",
        body="""
为方便居民复核所购商品的重量，社区在糠市街农贸市场南门设置便民公平秤一台，自9月15日起启用。
一、公平秤为经计量检定合格的电子秤，旁边另配一杆老式杆秤和秤砣，方便习惯用杆秤的老人对照。
二、开放时间为每天6:30至18:30，由市场管理员和社区志愿者轮流值守。
三、公平秤上贴有二维码，居民扫码可查看检定日期和检定结果。
四、复称发现短斤缺两的，可当场向值守人员反映，也可拨打社区电话0793-6102371。
糠市街社区居民委员会
2024年9月12日
""",
    ),
    dict(
        slug="association-luyang-bamboo-furniture-pledge-load-labels",
        site="辂阳县竹木家具协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lyzmjj.org.cn/xhdt/2024/0612/318.html",
        title="关于规范竹椅承重标识的倡议书",
        record_title="〖同行共守〗关于规范竹椅承重标识的倡议书- 辂阳县竹木家具协会",
        date="2024-06-10",
        notes="association site: member-login row and member hotline; the association's name in the header is also "
        "the signature (head match); 转发分享 as content; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖同行共守〗关于规范竹椅承重标识的倡议书- 辂阳县竹木家具协会</title>
<script src="/js/member.js"></script></head><body>
<div class="xh-top">⟦m 辂阳县竹木家具协会⟧　⟦a 会员单位登录 ｜ 入会申请⟧</div>
<div class="xh-nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会动态</a> <a>行业标准</a> <a>会员风采</a>⟧</div>
<div class="xh-pos">⟦m 当前位置：首页 → 协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布：协会秘书处　　阅读：522⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 分享本文：微信 ｜ 朋友圈 ｜ 复制链接⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0749-8620517⟧<br>⟦m 协会地址：辂阳县茬坪镇竹艺产业园管理楼2楼⟧</div>
</body></html>
""",
        body="""
全县竹椅生产企业和作坊：
近来，个别竹椅产品未标注承重、使用年限，消费者坐塌摔伤的情况时有发生，影响了辂阳竹椅的口碑。为此，我们倡议：
一、每把出厂竹椅都在椅面下方贴上标签，写明材质、承重和生产者名称。
二、靠背椅、躺椅承重不低于120公斤，儿童竹椅另行标注适用年龄。
三、不用未经防霉防蛀处理的竹料，不以旧椅翻新冒充新品。
四、发现同行有虚标承重行为的，主动向协会反映。
请各会员单位把本倡议转发分享给车间班组和合作作坊，共同守护辂阳竹椅这块牌子。
辂阳县竹木家具协会
2024年6月10日
""",
    ),
    dict(
        slug="association-rencheng-wenfang-minutes-brush-washer-standard",
        site="轫城文房四宝协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.rcwenfang.org/huiwu/2024/1105/77.html",
        title="轫城文房四宝协会三届五次理事会会议纪要",
        date="2024-11-02",
        notes="record title as is; the 时间/地点/主持/出席/记录 lines of minutes and a vote count; the date from the "
        "时间 line; member-only notice and a join prompt",
        page="""
!m 轫城文房四宝协会　　笔 · 墨 · 纸 · 砚 · 文房杂器
!m 首页 > 会务公开 > 理事会纪要
{T}
!m 秘书处　｜　阅读 311
{BODY}
!d 本纪要仅在协会网站公开，会员单位内部传达时请勿删改。
!a 还不是会员？点击申请加入文房四宝协会
!m 协会秘书处电话：0795-3360218
""",
        indent="",
        body="""
时间：2024年11月2日下午2时30分
地点：协会会议室
主持：会长 宋墨林
出席：理事21人（应到25人）
记录：秘书处 周砚
会议审议通过了《陶瓷笔洗团体标准（草案）》征求意见稿，表决结果：同意20票，反对0票，弃权1票。会议议定：
一、标准征求意见期为一个月，秘书处负责把征求意见稿发给各会员单位。
二、笔洗口沿须施满釉，不得有毛刺；标示容量与实际容量误差不超过5%。
三、由窑口理事单位牵头，年底前完成三批样品检测。
""",
    ),
    dict(
        slug="company-zhanwan-stoves-low-emission-coal-stove-news",
        site="盏湾炉具有限公司 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.zhanwanluju.com/news/2024/1015/88.html",
        title="公司新款低排放民用煤炉通过省级检测",
        record_title="炉具资讯 ｜ 公司新款低排放民用煤炉通过省级检测（盏湾炉具官网）",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="company site: cookie notice, service float, a dotted company date; record date; the company's "
        "trade-in and after-sales line inside the body beside a 400 order line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>炉具资讯 ｜ 公司新款低排放民用煤炉通过省级检测（盏湾炉具官网）</title>
<script src="/assets/js/kf.js"></script></head><body>
<header>⟦m 盏湾炉具⟧<span>⟦m 一炉暖一家 · 始于1987⟧</span>
<nav>⟦m <a>首页</a> <a>产品中心</a> <a>新闻资讯</a> <a>售后服务</a> <a>联系我们</a>⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 企业新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2024.10.15　　浏览 263⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：盏湾炉具参加秋季五金交易会⟧　⟦l 下一篇：冬季煤炉安全使用十问⟧</p>
</article>
<div class="float-kf">⟦w 在线客服 · 订购咨询⟧</div>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示您同意⟧<button>⟦a 知道了⟧</button></div>
<footer>⟦m 全国订购热线：400-617-0828⟧<br>⟦m 盏湾炉具有限公司　地址：轫城市盏湾镇工业园3号⟧</footer>
</body></html>
""",
        body="""
10月12日，公司研发的ZW-3型低排放民用煤炉通过省产品质量监督检验院检测，烟气中一氧化碳排放浓度比老式蜂窝煤炉降低六成以上，热效率达到72%。
新款煤炉采用双层炉膛和二次进风设计，煤饼燃烧更充分；出厂标配不锈钢烟管和防倒风弯头，并预留一氧化碳报警器安装位。
公司负责人表示，新款煤炉将优先供应帛岭、辂阳等地的清洁取暖改造项目，老用户可凭旧炉折价换新。
换新及售后服务电话：0795-3391207
""",
    ),
    dict(
        slug="company-chaping-bamboo-recall-folding-chairs",
        site="茬坪竹艺家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.chapingzhuyi.com/gonggao/20240806.html",
        title="关于召回部分批次折叠竹椅的公告",
        record_title="关于召回部分批次折叠竹椅的公告｜茬坪竹艺·告用户书",
        date="2024-08-06",
        notes="company text: a batches table; the recall line inside the body beside the site's 400 order line "
        "and a service WeChat; 成文日期",
        page="""
!m 茬坪竹艺家居　|　一根竹子的温度
!m 首页 > 公告栏
{T}
!m 发布部门：质量部　　浏览 1,422
{BODY}
!w 选购竹椅请拨订购热线 400-661-3902
!w 售后微信：chaping_zhuyi_fw
!m © 茬坪竹艺家居有限公司　辂阳县茬坪镇竹艺产业园6号
""",
        indent="\u3000\u3000",
        body="""
我公司在质量抽查中发现，部分批次折叠竹椅的转轴铆钉强度不足，长期使用可能松脱，导致椅子折叠、使用者摔倒。为保障消费者安全，公司决定主动召回以下批次产品：
型号　生产批次　数量（把）
ZY-F2　20240315　640
ZY-F2　20240402　580
ZY-F3　20240418　310
请购买上述批次产品的消费者立即停止使用，联系我公司免费更换新椅或全额退款，往返运费由公司承担。批次号印在椅面背面的标签上。
召回专线：0749-8632015（每天8:00—20:00）
茬坪竹艺家居有限公司
2024年8月6日
""",
    ),
    dict(
        slug="training-shuqu-counting-rods-summer-class-brochure",
        site="数趣少儿思维馆 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shuqusiwei.com/zs/2024-suanchou.html",
        title="“小算筹大智慧”暑期思维课招生简章",
        record_title="【七月开班】“小算筹大智慧”暑期思维课招生简章（仅限5—8岁）- 数趣思维馆",
        date=None,
        notes="training school: promo banner, consult float, a course table; the school's own 报名电话 beside a "
        "franchise 400 line; a trial-class line between paragraphs; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【七月开班】“小算筹大智慧”暑期思维课招生简章（仅限5—8岁）- 数趣思维馆</title>
<script src="/js/zixun-float.js"></script></head><body>
<div class="promo">⟦a 限时福利：两人同行立减200元，报名即送竹制算筹盒⟧</div>
<header>⟦m 数趣少儿思维馆⟧<nav>⟦m <a>首页</a> <a>课程体系</a> <a>师资团队</a> <a>校区分布</a>⟧</nav></header>
<div class="pos">⟦m 首页 > 招生信息 > 暑期课程⟧</div>
<main><h1>{T}</h1>
{BODY}
</main>
<div class="zx-float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 品牌加盟热线：400-822-7160⟧<br>⟦m 数趣少儿思维馆（缎湖校区）　缎湖区文华路56号⟧</footer>
</body></html>
""",
        body="""
算筹是中国古代的计算工具。本课程让孩子在摆一摆、算一算中理解数位和运算，培养专注力和动手能力。
一、招生对象：5至8岁儿童，每班不超过10人。
二、课程安排：
班级　上课时间　课时
启蒙班　7月8日—7月19日 上午　10课时
进阶班　7月22日—8月2日 上午　10课时
⟦a 没上过课的孩子可先预约一节免费体验课⟧
三、课程内容：认识算筹、纵横摆数、算筹加减、算筹游戏与古代数学故事。
四、收费标准：每期1280元，含教材和算筹学具。
报名电话：0791-8843276
""",
    ),
    dict(
        slug="training-moyuan-calligraphy-weekend-brush-washer",
        site="墨缘书法培训 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.moyuanshufa.cn/zhaosheng/chengren.html",
        title="成人书法周末班招生简章",
        record_title="〔周六书法班〕成人书法周末班招生简章（没基础也能学）｜墨缘书法",
        date=None,
        notes="training school text: 'first lesson: washing the brush in a 笔洗' course outline; the school's own "
        "报名电话 beside a franchise line; a trial prompt glued after a 。; no date",
        page="""
!m 墨缘书法培训　　一笔一画，写好中国字
!m 首页　课程　师资　学员作品　联系我们
!t 〔周六书法班〕成人书法周末班招生简章（没基础也能学）
!a 在线报名　｜　预约试听
{BODY}
!w 加盟墨缘书法，全国招商热线：400-108-6620
!l 学员作品展：第三期周末班结业作品选
!m 墨缘书法（轫城校区）　轫城市文庙街22号二楼
""",
        indent="\u3000\u3000",
        body="""
本班面向零基础的成年学员，每周六下午上课，一期十二课时。
第一课不急着写字，先学“养笔”：蘸墨前先把毛笔在笔洗里润开，写完后在笔洗中轻轻涮净，再用纸吸干余水，挂在笔架上晾干。老师会讲笔洗为什么要分“清水格”和“涮笔格”，以及洗笔水如何处理。⟦a 想先体验？预约一节免费试听⟧
第二课起学习基本笔画，之后进入楷书单字和集字练习。
学费每期960元，学员需自备毛笔两支和笔洗一个，纸墨由学校提供。
报名电话：0795-3372490
""",
    ),
    dict(
        slug="app-luobi-host-script-brush-washer-exhibition",
        site="落笔成章APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobichengzhang.com/share/doc?id=661027&from=wx",
        title="“方寸清池——历代笔洗特展”开幕式主持词",
        record_title="“方寸清池——历代笔洗特展”开幕式主持词（改名即可用）· 落笔成章",
        date=None,
        notes="writing app H5 share: open-app mask, a fold (点开看剩下的) on a line of its own, an AI-rewrite button "
        "glued after a 。; host script without a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“方寸清池——历代笔洗特展”开幕式主持词（改名即可用）· 落笔成章</title>
<script src="https://h5.luobichengzhang.com/static/share.js"></script></head><body>
<div class="open-app-mask">⟦a 打开落笔成章APP，海量主持词随便改⟧<button>⟦a 立即打开⟧</button></div>
<div class="doc"><h2>{T}</h2>
<p class="doc-info">⟦m 落笔成章 · 主持词 · 已被 1.3万 人使用⟧</p>
{BODY}
</div>
<div class="bottom-bar">⟦a 一键复制 ｜ 生成Word ｜ 换个说法⟧</div>
<div class="recommend"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 博物馆开馆仪式主持词⟧</p><p>⟦l 书画展闭幕式致辞⟧</p></div>
<div class="foot">⟦m 落笔成章 · 写材料更轻松⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，女士们、先生们：
大家上午好！笔洗虽小，却盛着千年墨香。今天，我们在这里隆重举行“方寸清池——历代笔洗特展”开幕式。⟦a ✨ AI帮我改写这段⟧
首先，请允许我介绍出席今天开幕式的领导和嘉宾……
本次特展汇集了宋元至明清各类笔洗86件，有青瓷、白瓷、青花，也有玉石和铜质笔洗，许多是首次与观众见面。
⟦a 点开看剩下的部分 ∨⟧
下面，请县文化和旅游局局长致辞。大家欢迎！
下面，请收藏家代表发言。
最后，请各位领导和嘉宾移步展厅，共同为特展剪彩。开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-gongwensuxie-request-coal-stove-subsidy",
        site="公文速写APP (invented writing app)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://m.gwsuxie.com/app/share/48821",
        title="关于申请农村煤炉改造补助资金的请示",
        date="2024-09-05",
        notes="record title as is; app share text: open-in-app prompt, a VIP line between paragraphs, a 'use this "
        "template' button; 成文日期 under the signature; the request's own contact line",
        page="""
!a 在「公文速写」APP中打开，编辑更方便
{T}
!m 公文速写 · 请示 · 收藏 2,318
{BODY}
!a 套用此模板　　｜　　AI续写
!l 相关模板：关于申请清洁取暖项目资金的请示　关于拨付冬季救助资金的请示
!m 公文速写 © 2024
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
我镇共有使用煤炉取暖的农户1460户，其中独居老人和困难家庭412户。这些家庭的煤炉多数使用十年以上，烟道老化漏烟，去年冬季全镇发生一氧化碳中毒2起。
⟦a 以下段落为VIP会员内容，开通后可完整查看⟧
为消除安全隐患，我镇拟在今冬为上述412户更换带烟道的节能煤炉并安装一氧化碳报警器，每户约需资金900元，共计37.08万元。镇财政已自筹11万元，尚缺26.08万元。
特申请县财政给予补助，以上请示当否，请批示。
联系人：镇应急办 柳青山　电话：0797-4655013
茬坪镇人民政府
2024年9月5日
""",
    ),
]
