"""holdout261, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text, written by hand."""

CASES = [
    dict(
        slug="community-baiyuan-chair-sharing",
        site="柸园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.peiyuan-sq.example/tz/2024/0520.html",
        title="关于“共享藤椅”纳凉点开放的通知",
        record_title="【邻里之家】关于“共享藤椅”纳凉点开放的通知 - 柸园社区网",
        date="2024-05-20",
        notes="residents' site with weather and grid member box; community's 咨询电话 beside a property duty line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【邻里之家】关于“共享藤椅”纳凉点开放的通知 - 柸园社区网</title></head><body>
<div class="hd">⟦m 柸园社区网 邻里一家亲⟧ ⟦m 柸园今日 晴 31℃⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布于 2024-05-20 社区居委会⟧</div>
{BODY}
<aside>⟦m 网格员 小柯 手机 139 0736 2218⟧ ⟦m 物业值班：0736-5521100⟧</aside>
<footer>⟦m 柸园社区居委会 主办⟧</footer>
</body></html>
""",
        body="""
各位居民：
为方便老人夏季纳凉，社区在3号楼前的树荫下设立“共享藤椅”纳凉点，摆放藤椅20把，5月25日起每天开放。
使用须知：
1.藤椅请勿搬离纳凉点，用后归位。
2.如发现藤椅松动、断藤，请告知值班志愿者。
3.夜间22:00后纳凉点关闭。
纳凉点由社区志愿者轮流值班，欢迎居民报名参加值班。
咨询电话：0736-5521306。
""",
    ),
    dict(
        slug="community-huowan-salt-jar-elderly",
        site="镬湾社区服务网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://huowansq.example/news/331.html",
        title="镬湾社区“限盐罐进万家”活动小结",
        record_title="镬湾社区“限盐罐进万家”活动小结",
        date="2024-12-02",
        notes="text community page; title as in the record; 成文日期; ad inside the body",
        page="""
!m 镬湾社区服务网 ▏居民之家
{T}
{BODY}
!m 社区服务热线：0736-2233110
""",
        body="""
今年以来，镬湾社区开展“限盐罐进万家”活动，为辖区860户家庭发放带刻度的限盐罐和限盐勺。
社区医生上门讲解高血压防治知识18次，入户回访300余户。
⟦w 家电清洗上门服务，预约请拨 0736-2231777⟧
回访显示，七成家庭已养成按刻度用盐的习惯，不少老人说，炒菜淡一点，吃着也习惯了。下一步，社区将把活动延伸到辖区的小餐馆和单位食堂。
镬湾社区居民委员会
2024年12月2日
""",
    ),
    dict(
        slug="assoc-zhubian-basket-pledge",
        site="醢川县竹编协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.hczhubian.example/xhdt/2024/15.html",
        title="竹编菜篮诚信经营倡议书",
        record_title="【会员倡议】竹编菜篮诚信经营倡议书_醢川县竹编协会",
        date="2024-03-15",
        notes="association with member login; its name also the signature (head match)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【会员倡议】竹编菜篮诚信经营倡议书_醢川县竹编协会</title></head><body>
<div class="hd">⟦m 醢川县竹编协会⟧ ⟦a 竹编会员登录 | 我要入会⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2024-03-15⟧</div>
{BODY}
<footer>⟦m 协会秘书处电话：0736-8866013⟧</footer>
</body></html>
""",
        body="""
全县竹编从业者：
为维护“醢川菜篮”的好名声，我们倡议：
一、用料实在，不用霉竹、虫竹，不以塑料篾冒充竹篾。
二、明码标价，不缺斤短两，不以次充好。
三、热情服务，售出的菜篮三个月内散口包修。
四、互相监督，发现假冒“醢川菜篮”商标的，及时向协会反映。
让我们从自身做起，把每一只菜篮都编成放心篮、诚信篮！
醢川县竹编协会
""",
    ),
    dict(
        slug="assoc-tiaowei-vinegar-minutes",
        site="醯水县调味品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://xstwp.example/xh/2024/09.html",
        title="醯水县调味品行业协会理事会会议纪要",
        record_title="协会动态 - 醯水县调味品行业协会理事会会议纪要",
        date="2024-09-12",
        notes="text association page; minutes' 时间 line is the date; vote count",
        page="""
!m 醯水县调味品行业协会 ｜ 协会动态
{T}
!m 录入：秘书处　浏览 88
{BODY}
!a 【打印纪要】【返回协会动态】
""",
        body="""
时间：2024年9月12日上午
地点：协会会议室
主持：会长 潘德胜
参会：理事11人
记录：秘书处 葛雯
会议审议通过了《醯水老醋统一醋瓶规格方案》，同意全县会员企业统一使用500毫升和1000毫升两种规格醋瓶，并在瓶身标注“醯水老醋”字样。表决结果：同意11票，反对0票，弃权0票。
会议要求秘书处10月底前完成瓶型设计。
""",
    ),
    dict(
        slug="company-yanguan-recall",
        site="馐岭陶瓷有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiulingtaoci.example/news/2024/recall.html",
        title="关于召回部分批次釉面盐罐的公告",
        record_title="关于召回部分批次釉面盐罐的公告 - 新闻中心 - 馐岭陶瓷",
        date="2024-10-22",
        notes="company site with cookie notice and service float; recall line beside 400 order line; batches table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次釉面盐罐的公告 - 新闻中心 - 馐岭陶瓷</title></head><body>
<div class="cookie">⟦d 本站用小型数据文件改善浏览体验，继续浏览即表示同意⟧</div>
<div class="hd">⟦m 馐岭陶瓷 · 一器一生活⟧ ⟦m 订货专线 400-616-0909⟧</div>
<h1>{T}</h1>
<div>⟦m 2024-10-22 | 新闻中心⟧</div>
{BODY}
<div class="float">⟦w 在线客服 · 随时为您服务⟧</div>
<footer>⟦m © 馐岭陶瓷有限公司⟧</footer>
</body></html>
""",
        body="""
尊敬的顾客：
经自查发现，我公司部分批次釉面盐罐的罐盖密封圈可能脱落，为保障使用安全，现决定主动召回。
批次号　生产日期
YG240601　2024年6月1日
YG240615　2024年6月15日
持有上述批次盐罐的顾客，可查看罐底标签上的批次号，并与我公司联系免费更换。召回专线：0739-5580123。
馐岭陶瓷有限公司
2024年10月22日
""",
    ),
    dict(
        slug="company-shaoye-paddle-product",
        site="醴坪竹木制品厂 (invented)",
        style="企业官网",
        genre="产品介绍",
        kind="brochure",
        form="text",
        source="http://www.lipingzhumu.example/product/12.html",
        title="不粘米竹纤维饭勺产品介绍",
        record_title="产品中心｜不粘米竹纤维饭勺产品介绍",
        date=None,
        notes="text company brochure; no date",
        page="""
!m 醴坪竹木制品厂  首页  产品中心  联系我们
{T}
{BODY}
!w 批发请联系业务经理：微信 lpzm_2024
!m 醴坪竹木制品厂 版权所有
""",
        body="""
本厂新推出的竹纤维饭勺，选用三年生楠竹，经高温碳化处理，表面有细密凸点，盛饭不粘米。
产品特点：
1.耐高温，可放进消毒柜。
2.不含塑化剂，符合食品接触用材料标准。
3.勺柄加长，盛饭不烫手。
规格：长21厘米，重约40克。每箱装200把，支持定制刻字。欢迎餐饮企业、学校食堂来厂参观洽谈，样品可免费寄送，量大从优。
""",
    ),
    dict(
        slug="training-peixun-rattan-course",
        site="馓田职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.santianpx.example/zs/2024/tengyi.html",
        title="藤椅编织技能培训班招生简章",
        record_title="【周末班】藤椅编织技能培训班招生简章（每期限招30人）- 馓田职业培训学校",
        date=None,
        notes="training school with promo banner and consult float; school's 报名电话 beside 400 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【周末班】藤椅编织技能培训班招生简章（每期限招30人）- 馓田职业培训学校</title></head><body>
<div class="promo">⟦a 新学员报名立减200元，本周有效⟧</div>
<div class="hd">⟦m 馓田职业培训学校⟧ ⟦m 全国加盟热线 400-700-6611⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 课程顾问在线答疑⟧</div>
<footer>⟦m 办学许可证号：教民14306020000198号⟧</footer>
</body></html>
""",
        body="""
一、培训内容：藤条处理、椅架制作、椅面编织、上漆养护。
二、培训时间：每周六、周日，共8周。
三、培训费用：1800元，含材料费，结业可带走自己编的藤椅一把。
四、报名条件：年满18周岁，身体健康。
五、报名方式：现场报名或扫码报名。报名电话：0736-4402215。
学员考核合格后颁发培训合格证书，优秀学员推荐到本地藤编企业就业。
""",
    ),
    dict(
        slug="training-jigong-vinegar-course",
        site="醋艺学堂 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cuyixt.example/news/20.html",
        title="传统酿醋体验课开课通知",
        record_title="传统酿醋体验课开课通知 - 醋艺学堂",
        date="2024-11-01",
        notes="text training page; 成文日期; trial-lesson prompt",
        page="""
!m 醋艺学堂 › 课程通知
{T}
!a 🎁 免费试听一节，名额先到先得
{BODY}
!m 醋艺学堂 地址：醯水县醋坊街12号
""",
        body="""
各位学员：
传统酿醋体验课定于11月9日开课，每期4次课，地点在醋艺学堂酿造工坊。
课程包括蒸料、拌曲、发酵、淋醋和装瓶，学员可把自己酿的醋装进陶醋瓶带回家。
请学员自备围裙，上课前15分钟到场。因工坊内有发酵醋缸，请勿带宠物入内，儿童须由家长陪同。
每期学费680元，含全部材料费，结课时颁发体验证书。
醋艺学堂教务处
2024年11月1日
""",
    ),
    dict(
        slug="fwapp-bixie-salt-speech",
        site="笔谐范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.bixie.example/share/art/88213",
        title="在全市盐业流通企业安全生产会议上的讲话",
        record_title="在全市盐业流通企业安全生产会议上的讲话（精选）· 笔谐",
        date="2024-04-18",
        notes="writing app H5 share with open-app mask, fold and AI-rewrite button; date under the speech title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全市盐业流通企业安全生产会议上的讲话（精选）· 笔谐</title></head><body>
<div class="mask">⟦a 打开笔谐APP，阅读体验更佳⟧</div>
<h1>{T}</h1>
<p>（2024年4月18日）</p>
{BODY}
<div class="fold">⟦a 余下内容已收起，在APP中展开⟧</div>
<div class="ai">⟦a 一键AI改写本篇⟧</div>
<footer>⟦m 笔谐 · 写材料的好帮手⟧</footer>
</body></html>
""",
        body="""
同志们：
盐业流通企业点多面广，仓储量大，安全生产责任重大。
一要抓好仓库安全。盐罐、盐袋堆放要符合规范，堆垛高度不得超过规定要求，防止倒塌伤人。
二要抓好运输安全。配送车辆要定期检查，严禁疲劳驾驶。
三要抓好食品安全。分装用的盐罐必须是食品级容器，分装车间要保持清洁。
同志们，安全生产没有终点，希望大家时刻绷紧这根弦。
""",
    ),
    dict(
        slug="fwapp-xiezuo-basket-insight",
        site="写作猫范文 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://xiezuomao.example/app/s/5512",
        title="参加菜篮子工程调研的心得体会",
        record_title="参加菜篮子工程调研的心得体会（通用2篇）｜写作猫",
        date=None,
        notes="text app share; no date; member-unlock line between paragraphs",
        page="""
!m 写作猫范文 · 手机版
{T}
!m 收录于 上周　阅读 1203
{BODY}
!a 登录写作猫，领取7天会员
""",
        body="""
这次跟随调研组走访了鹾城市的4个蔬菜基地和6个农贸市场，对“菜篮子”工程有了更深的认识。
第一，“菜篮子”连着民生，菜价稳不稳，群众最有感受。
⟦a 开通会员解锁第二篇⟧
第二，产销衔接是关键，基地和市场之间少一个环节，农民多挣一分，市民少花一分。
第三，调研要沉下去，只有到菜市场和菜农面对面交流，才能听到真实的声音，写出管用的调研报告。
""",
    ),
]
