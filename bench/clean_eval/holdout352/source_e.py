"""holdout352, part E: community sites, associations, company sites, training schools, writing apps. Invented text."""

CASES = [
    dict(
        slug="community-enzeli-notice-door-organiser-install",
        site="恩泽里社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.enzeli-sq.cn/tzgg/2025/1015/239.html",
        title="关于为辖区高龄老人免费安装门后挂袋的通知",
        record_title="恩泽里社区｜关于为辖区高龄老人免费安装门后挂袋的通知（家有八旬老人的请留意）",
        date="2025-10-15",
        notes="residents' site: weather line, grid worker's box and a property repair line beside the community's own "
        "duty phone; a sign-up by scanning a code (content); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>恩泽里社区｜关于为辖区高龄老人免费安装门后挂袋的通知（家有八旬老人的请留意）</title>
<script src="/js/weather.js"></script></head><body>
<div class="top">⟦m 恩泽里社区居民之家⟧　⟦m 钦阳 晴 12～23℃ 空气质量 良⟧</div>
<div class="nav">⟦m 首页 · 社区公告 · 办事指南 · 邻里活动 · 居民议事⟧</div>
<div class="pos">⟦m 首页 » 社区公告⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布人：社区居委会　阅读 508⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发给邻居：微信 · 朋友圈⟧</div></div>
<div class="side"><div class="grid">⟦m 我的网格员：第三网格 孔丽华 138 3790 6612⟧</div>
<div class="wuye">⟦m 恩泽物业报修：0379-6277 0500（24小时）⟧</div>
<div class="act">⟦l 近期活动：重阳节长者生日会报名中⟧</div></div>
<div class="foot">⟦m 钦阳市牟湾区恩泽里社区居民委员会　地址：恩泽路17号⟧</div>
</body></html>
""",
        body="""
辖区各位居民：
为方便高龄老人居家生活，减少翻找物品时跌倒的风险，社区联合爱心企业开展“挂袋助老”服务，为辖区80周岁以上老人免费安装门后挂袋。现将有关事项通知如下：
一、服务对象：户籍或常住在本社区、年满80周岁的老人，每户限装2个。
二、服务时间：10月20日至11月15日，每周二、周四上午。
三、报名方式：老人或家属可到社区服务大厅登记，也可扫描社区公告栏上的二维码在线报名，写明住址和方便上门的时间。
四、注意事项：志愿者上门时会佩戴工作证，不收取任何费用。挂袋只适合放毛巾、老花镜、手电筒等轻便物品，请勿放置药品和重物。
社区值班电话：0379-6277 1315
钦阳市牟湾区恩泽里社区居民委员会
2025年10月15日
""",
    ),
    dict(
        slug="village-yijialing-pledge-clean-drawers",
        site="夷家岭村村务网 (invented village site), text view",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yijialing.cn/cwgk/20250605/58.html",
        title="“洁净抽屉·清爽厨房”倡议书",
        record_title="“洁净抽屉·清爽厨房”倡议书 ▪ 夷家岭村妇联 ▪ 屋场公告",
        date="2025-06-05",
        notes="village site as text: a sentence about following the village account (content); 成文日期 in Chinese "
        "numerals under the signature; a village broadcast line and a help desk line at the foot",
        page="""
!m 夷家岭村村务网 · 滔坪镇
!m 首页 | 村务公开 | 党务公开 | 美丽乡村 | 便民服务
!t “洁净抽屉·清爽厨房”倡议书 ▪ 夷家岭村妇联 ▪ 屋场公告
{T}
!m 栏目：村务公开　更新：2 天前　阅读：87
{BODY}
!l 上一条：夷家岭村2025年5月村务收支公开
!l 下一条：关于做好夏季防溺水工作的通知
!m 村委会便民服务电话：0558-5580 233
!d 夷家岭村村民委员会主办
""",
        body="""
全村姐妹们：
厨房是一家人健康的起点，抽屉又是厨房里最容易被忽视的角落。不少家庭的碗筷抽屉、调料抽屉长期不清理，油污、碎屑堆积，容易滋生细菌。为此，村妇联向全村妇女姐妹发出倡议：
一、每月清理一次厨房抽屉，把过期的调料、变质的干货及时清出。
二、给抽屉铺上可擦洗的抽屉垫，每周擦一擦，脏了及时更换，旧挂历、牛皮纸也可以裁成垫子用。
三、筷子、勺子、刀具分格摆放，刀具放在孩子够不着的抽屉里。
四、关注“夷家岭村”公众号，每周五会推送一个厨房收纳小窍门，欢迎姐妹们在留言区交流心得。
6月下旬，村妇联将开展“清爽厨房”评比，评出20户示范家庭。让我们从小小抽屉做起，共建整洁美丽的夷家岭！
滔坪镇夷家岭村妇女联合会
二〇二五年六月五日
""",
    ),
    dict(
        slug="assoc-qinyang-horology-minutes-watchbox-standard",
        site="钦阳市钟表行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.qyzbxh.org.cn/xhdt/2025/0717/311.html",
        title="钦阳市钟表行业协会《手表收纳盒》团体标准起草工作会议纪要",
        record_title="〖团标起草札记〗钦阳市钟表行业协会《手表收纳盒》团体标准起草工作会议纪要 ◇ 秘书处通讯",
        date="2025-07-15",
        date_also=["2025-07-17"],
        notes="association site: member-login row and member hotline; minutes' 时间/地点/主持/参会/记录 lines and a vote "
        "count; the association's name recurs in the body (head match); posting date differs from the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖团标起草札记〗钦阳市钟表行业协会《手表收纳盒》团体标准起草工作会议纪要 ◇ 秘书处通讯</title>
<script src="/static/member.js"></script></head><body>
<div class="login-row">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦a 会费缴纳⟧</div>
<div class="logo">⟦m 钦阳市钟表行业协会⟧</div>
<div class="nav">⟦m 首页 ｜ 协会概况 ｜ 协会动态 ｜ 标准工作 ｜ 会员风采 ｜ 政策法规⟧</div>
<div class="pos">⟦m 您的位置：首页 ＞ 协会动态⟧</div>
<div class="art"><h2>{T}</h2>
<div class="info">⟦m 发布于 2025-07-17　来源：协会秘书处　浏览 144⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="side">⟦l 会员风采：钦阳时光表业 · 沈桥时匣包装 · 牟湾精工表带⟧</div>
<div class="foot">⟦m 会员服务专线：0379-6266 0817⟧<br>⟦m 钦阳市钟表行业协会秘书处　豫ICP备21003098号⟧</div>
</body></html>
""",
        body="""
时间：2025年7月15日9:30
地点：协会秘书处会议室
主持：卓文彬（协会副会长、标准起草组组长）
参会：起草组成员单位代表9人，钦阳市产品质量检验所专家2人
记录：甘露
会议听取了钦阳市钟表行业协会《手表收纳盒》团体标准征求意见稿的起草说明，逐条讨论了标准条文。纪要如下：
一、会议同意将标准适用范围限定为木质、皮质和复合材料手表盒，纸质包装盒另行规定。
二、关于内衬材料的挥发性有机物限量，多数代表同意参照家具标准执行。经表决，同意10票，反对0票，弃权1票，予以通过。
三、会议要求起草组在8月15日前补充表枕夹持力和盒盖开合耐久性的试验方法，形成送审稿。
四、秘书处负责将征求意见稿发送全体会员单位，征求意见期为30天。
""",
    ),
    dict(
        slug="assoc-qinyang-storage-pledge-liner-formamide",
        site="钦阳市家居收纳用品协会 (invented), text view",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qysnxh.org/tzgg/20250412/77.html",
        title="关于抽屉垫产品不添加甲酰胺的自律倡议书",
        record_title="【同业守约书】关于抽屉垫产品不添加甲酰胺的自律倡议书（请各会员单位签署回传）",
        record_date="2025-04-12",
        date="2025-04-12",
        notes="association site as text: the record gives the date; the association's name is also the signature (head "
        "match for the site-name line); member hotline at the foot",
        page="""
!m 钦阳市家居收纳用品协会
!m 协会首页 ＞ 通知公告
!t 【同业守约书】关于抽屉垫产品不添加甲酰胺的自律倡议书（请各会员单位签署回传）
{T}
!m 发布：秘书处　2025-04-12　阅读 319
{BODY}
!a 签署回执下载
!m 会员服务电话：0379-6235 7760　邮箱：qysnxh@126.com
!d 版权所有 钦阳市家居收纳用品协会
""",
        body="""
各会员单位：
近年来，个别企业为降低成本，在EVA发泡抽屉垫的生产中使用含甲酰胺的发泡剂，导致产品气味刺鼻，引发消费者投诉，损害了全行业的声誉。为维护消费者健康，推动行业规范发展，协会向全体会员单位发出如下倡议：
一、坚决不在抽屉垫产品中添加甲酰胺，不采购、不使用含甲酰胺的发泡原料。
二、每批产品出厂前委托有资质的机构检测，检测报告随货提供给经销商。
三、在产品包装上如实标注材质和检测结果，不作“零甲醛”“母婴级”等无依据的宣传。
四、发现同行违规生产的，及时向协会和市场监管部门反映。
请各会员单位于4月30日前签署承诺书并交回协会秘书处。
钦阳市家居收纳用品协会
2025年4月12日
""",
    ),
    dict(
        slug="brand-geyue-product-divider-launch",
        site="格悦家居官网 (invented)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="html",
        source="https://www.geyue-home.com/news/product/2025-0908.html",
        title="格悦伸缩式抽屉分隔板上市：一块板，适配九成抽屉",
        record_title="格悦家居 ▸ 新品抢先看 ▸ 格悦伸缩式抽屉分隔板上市：一块板，适配九成抽屉（限时尝鲜价）",
        date=None,
        notes="company site: cookie notice, 400 order line, service float; a specs table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>格悦家居 ▸ 新品抢先看 ▸ 格悦伸缩式抽屉分隔板上市：一块板，适配九成抽屉（限时尝鲜价）</title>
<script src="/js/gy.bundle.js" defer></script></head><body>
<div class="cookie">⟦d 为了给您更顺畅的浏览体验，本网站会使用Cookie，继续浏览即表示您同意。⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 格悦家居 GEYUE HOME⟧ ⟦m 首页 产品中心 新品抢先看 品牌故事 门店查询 联系我们⟧ ⟦m 订购热线 400-668-3172⟧</header>
<div class="crumb">⟦m 首页 › 新品抢先看⟧</div>
<section class="news"><h1>{T}</h1>
<div class="time">⟦m 发布：品牌部　浏览 1650⟧</div>
<div class="body">
{BODY}
</div>
<div class="buy">⟦a 去天猫旗舰店购买⟧ ⟦a 附近门店体验⟧</div></section>
<aside>⟦l 您可能还喜欢：格悦折叠收纳盒 · 格悦衣柜挂杆 · 格悦鞋架⟧</aside>
<div class="kefu">⟦w 在线客服 9:00-21:00⟧</div>
<footer>⟦m 钦阳格悦家居用品有限公司　版权所有　豫ICP备18027751号-1⟧</footer>
</body></html>
""",
        body="""
抽屉尺寸五花八门，买来的分隔板不是长了放不进，就是短了卡不住——这是我们在用户调研中听到最多的抱怨。为此，格悦研发团队用一年时间，推出了格悦伸缩式抽屉分隔板。
这款分隔板采用内外两节套管式设计，长度可以在32厘米到52厘米之间无级调节，两端的硅胶软垫靠弹簧顶住抽屉侧壁，不打孔、不粘胶，拆装只需几秒钟。
型号　调节长度　高度　适用抽屉
GY-F32　32—52厘米　6厘米　书桌、床头柜抽屉
GY-F45　45—70厘米　8厘米　衣柜、橱柜抽屉
分隔板主体为食品级聚丙烯，可以直接放置餐具，脏了可整体水洗。经第三方检测，单板可承受3公斤侧向推力不移位。
目前，格悦伸缩式抽屉分隔板已在全国门店和线上旗舰店同步上市，两种型号均有白、灰两色可选。
""",
    ),
    dict(
        slug="brand-zhaoying-recall-floor-mirrors",
        site="照影家居官网 (invented), text view",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.zhaoying-home.cn/notice/recall-2025-03.html",
        title="关于主动召回部分批次全身落地镜的公告",
        record_title="召回速报丨关于主动召回部分批次全身落地镜的公告 — 照影家居",
        date="2025-11-03",
        notes="company site as text: recall batches table one row a paragraph; the recall line beside the shop's 400 order "
        "line; scanning the label's code to check a batch (content); 成文日期 under the signature",
        page="""
!m 照影家居｜照见更好的自己
!m 首页 / 服务支持 / 公告
!t 召回速报丨关于主动召回部分批次全身落地镜的公告 — 照影家居
{T}
!m 品牌服务中心
{BODY}
!m 购物咨询与订购：400-920-1766
!a 返回顶部
!l 最新公告：照影家居双十一物流时效说明
!m © 2025 钦阳照影家居有限公司　豫ICP备22001548号
""",
        body="""
尊敬的用户：
我司近期在质量回访中发现，2025年3月至5月生产的部分全身落地镜，其背部支架连接螺母存在松动可能，在地面不平或受到推拉时，镜子有倾倒的风险。为保障消费者安全，我司决定主动召回以下批次产品：
型号　生产批号　数量（面）
ZY-L160白框　2503A—2505C　2860
ZY-L170原木框　2504B—2505B　1412
请已购买上述产品的用户立即停止使用，并将镜子平放或靠墙固定。用手机扫描镜子背面标签上的二维码，即可查询是否属于召回批次。
我司将为召回范围内的产品免费上门更换加强型支架，或全额退款，用户可任选其一。
召回专线：0379-6290 3321（每天8:00—20:00）
钦阳照影家居有限公司
2025年11月3日
""",
    ),
    dict(
        slug="training-lixiang-brochure-organiser-course",
        site="理想整理师学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lixiangzhenglishi.com/course/weekend-01.html",
        title="整理收纳师周末实操班招生简章",
        record_title="【周末入户课·十六人小班】整理收纳师周末实操班招生简章（小白亦可报）｜理想整理师学堂",
        date=None,
        notes="training school: promo banner, franchise line beside the school's own 报名电话, consult float; fee table; "
        "scan-to-sign-up sentence (content); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末入户课·十六人小班】整理收纳师周末实操班招生简章（小白亦可报）｜理想整理师学堂</title>
<script src="/js/kefu-float.js"></script></head><body>
<div class="promo">⟦a 老学员推荐新学员，双方各返300元学费⟧</div>
<div class="hd">⟦m 理想整理师学堂⟧ ⟦m 让每个家都井井有条⟧</div>
<div class="nav">⟦m 首页 ｜ 课程体系 ｜ 师资团队 ｜ 学员作品 ｜ 城市合伙人⟧</div>
<div class="course"><h1>{T}</h1>
<div class="c-meta">⟦m 开课校区：钦阳牟湾校区　课程顾问：温老师⟧</div>
<div class="c-body">
{BODY}
</div>
<div class="c-btn">⟦a 立即预约试听⟧</div></div>
<div class="side">⟦l 学员作品：三居室整屋收纳前后对比 · 儿童房玩具分区⟧</div>
<div class="join">⟦m 城市合伙人招募热线：400-117-6025⟧</div>
<div class="float">⟦w 课程顾问在线答疑⟧</div>
<div class="ft">⟦m 钦阳理想整理师培训学校　办学许可证号 教民141030170000429号⟧</div>
</body></html>
""",
        body="""
一、课程介绍
本课程面向零基础学员，采用“理论+入户实操”的方式，系统讲授衣橱、厨房、儿童房等空间的整理方法，重点训练抽屉分区和分隔板的选型、安装技巧。
二、课程安排
班型　课时　学费
周末实操班　8天（共4个周末）　3680元
周末提高班　6天（共3个周末）　2980元
三、学员收获
1. 掌握常见收纳工具的选型方法，能独立为客户设计抽屉分区方案。
2. 完成不少于2次真实入户实操，由带教老师现场点评。
3. 结业考核合格者，可参加整理收纳师职业技能等级认定。
四、报名方式
每班限招16人，额满即止。扫描报名页下方的二维码填写报名表，课程顾问会在一个工作日内与您联系。
报名电话：0379-6211 4580
""",
    ),
    dict(
        slug="training-luyuan-leather-watchbox-class-notice",
        site="禄原皮艺手作工坊 (invented), text view",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.luyuanpiyi.com/news/2025/1106.html",
        title="关于开设“手缝皮质手表盒”周末班的通知",
        record_title="〔冬季新课〕关于开设“手缝皮质手表盒”周末班的通知（材料包已含）- 禄原皮艺手作工坊",
        date="2025-11-06",
        notes="training school as text: the workshop's own 报名电话 beside a franchise line; a trial-lesson prompt glued "
        "after a sentence; 成文日期 under the signature",
        page="""
!m 禄原皮艺手作工坊　一针一线，慢慢来
!m 首页 · 课程 · 作品 · 关于我们
!t 〔冬季新课〕关于开设“手缝皮质手表盒”周末班的通知（材料包已含）- 禄原皮艺手作工坊
{T}
!m 发布者：工坊小秦　阅读 203
{BODY}
!l 学员作品集：手缝钱包 · 皮质笔袋 · 钥匙包
!m 加盟合作请致电：400-651-2290
!a 在线咨询
""",
        body="""
各位皮艺爱好者：
应不少老学员的要求，工坊将于11月15日起开设“手缝皮质手表盒”周末班。现将有关事项通知如下：
一、课程内容：学员将在老师指导下，从裁皮、打孔、手缝到封边，独立完成一只双位植鞣革手表盒，内衬和表枕可自选颜色。
二、上课时间：11月15日至12月7日，每周六下午14:00—17:00，共4次。
三、费用：980元，含全部材料和工具使用费。⟦a 没接触过皮艺？先约一节免费体验课⟧
四、报名：每期限8人，报名电话：0558-5539 018。
禄原皮艺手作工坊
2025年11月6日
""",
    ),
    dict(
        slug="writingapp-bixie-reflection-liner-lesson",
        site="笔友范文APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="教学反思",
        kind="other",
        form="html",
        source="https://h5.biyoufanwen.com/share/article?aid=3308571&from=wx",
        title="劳动课《给抽屉穿新衣》教学反思",
        record_title="劳动课《给抽屉穿新衣》教学反思（适合三年级·交作业版）｜笔友范文",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI-rewrite and AI-continue buttons; an AI-polish button glued "
        "after a sentence; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>劳动课《给抽屉穿新衣》教学反思（适合三年级·交作业版）｜笔友范文</title>
<script src="https://h5.biyoufanwen.com/sdk/openapp.js"></script></head><body>
<div class="mask">⟦a 在笔友范文APP内打开，阅读体验更佳⟧ <button>⟦a 打开⟧</button></div>
<div class="h5-head">⟦m 笔友范文 · 教师随笔⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 作者：三尺讲台　收藏 1.1k　更新于 6 天前⟧</div>
<div class="h5-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 30%⟧</div>
<div class="ai">⟦a AI换个说法⟧ ⟦a AI帮我续写⟧ ⟦a 一键套用我的学校名⟧</div>
<div class="rec">⟦l 猜你想写：三年级劳动教育教学反思 · 《整理我的书包》教学设计⟧</div>
<div class="h5-foot">⟦m 笔友范文 © 钦阳笔友网络科技有限公司⟧</div>
</body></html>
""",
        body="""
本周三年级的劳动课上，我执教了《给抽屉穿新衣》一课，让学生学习测量抽屉、裁剪并铺设抽屉垫。课后回顾，有收获也有不足。
成功之处在于让学生“真动手”。课前我请每位学生带来家里的旧挂历或包装纸，课上先示范量尺寸、折边、裁剪，再让学生两人一组给课桌抽屉铺垫子。学生兴致很高，不少孩子还在垫子上画了自己的小标志。⟦a ✦ AI润色这一段⟧
不足之处是对测量环节估计不够。三年级学生使用卷尺还不熟练，约三分之一的小组量错了尺寸，垫子裁大或裁小，返工耽误了时间，最后的展示环节显得匆忙。
改进的想法：下次上课前先用一节课的前十分钟专门练习读卷尺，并给每组发一张画好格子的记录单；对动手慢的小组，可以提前准备半成品，让他们把精力放在铺设和整理上。
劳动教育不在于做出多漂亮的作品，而在于让孩子体会到整理带来的秩序感。这一点，我会在今后的课堂上继续坚持。
""",
    ),
    dict(
        slug="writingapp-xiedekuai-report-mirror-workshop",
        site="写得快APP (invented writing app), text view",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiedekuai.cn/s/Lq8Vd2",
        title="2025年上半年镜面车间主任述职报告",
        record_title="2025年上半年镜面车间主任述职报告（制造业·中层干部通用）丨写得快",
        date="2025-07-04",
        notes="writing app share as text: open-app prompt, fold line, AI buttons, a similar-documents link glued after a "
        "sentence; 成文日期 under the signature",
        page="""
!a 打开写得快APP，查看完整版并导出
!m 写得快 · 职场写作
!t 2025年上半年镜面车间主任述职报告（制造业·中层干部通用）丨写得快
!m 作者：制造业老兵　字数：612　收藏 438
{BODY}
!a ▼ 点击展开全文
!a AI改写　｜　AI扩写　｜　换个开头
!l 相似范文：生产车间班组长上半年工作总结
!m 写得快　钦阳灵犀网络科技有限公司
""",
        body="""
尊敬的各位领导、同事们：
今年上半年，我担任明澈镜业镜面车间主任，负责车间的生产组织、质量控制和安全管理。现将履职情况报告如下。
一、完成生产任务。上半年车间共完成落地试衣镜镜面切割、磨边、镀银7.8万片，完成计划的104%，交付及时率98.6%。
二、提升产品质量。针对客户反映的镜面影像发虚问题，牵头优化磨边工艺，更换了两台老化的磨边机，镜面一次合格率从95.1%提高到97.4%。
三、抓好安全生产。坚持班前安全讲话，为切割工位加装防护挡板，上半年车间未发生工伤事故。⟦l 相似范文：车间主任年度述职报告（精选）⟧
四、存在的不足。一是设备保养计划执行不够严格；二是新员工培训周期偏长，个别岗位人员紧张。
下半年，我将重点抓好防爆膜贴合工序的自动化改造，带领车间全体员工圆满完成全年任务。
述职人：庞振宇
2025年7月4日
""",
    ),
]
