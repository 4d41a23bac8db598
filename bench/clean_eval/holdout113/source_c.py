"""holdout113, part C: writing apps, exam forums, encyclopaedias, cloud drives, snapshots,
print views, forwarded mails and more 范文/文库/portal/news/forum pages. Invented text."""

CASES = [
    dict(
        slug="app-miaobi-school-garden-summary-share",
        site="妙笔写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.miaobi-app.example.com/s/8Qz3kP",
        title="学校劳动教育种植园建设工作总结",
        record_title="学校劳动教育种植园建设工作总结（精选版）｜妙笔写作",
        date="2025-06-25",
        notes="writing-app share page: open-in-app prompt, member lock on its own line inside the body, copy/export buttons; 成文日期 in Chinese numerals",
        page="""
!a 打开妙笔APP，阅读体验更佳 >
!t 学校劳动教育种植园建设工作总结（精选版）
!m 妙笔写作 · 总结频道　字数 402
{BODY}
!a 一键复制　导出Word　收藏
!l 猜你喜欢：小学劳动课程实施情况汇报
""",
        body="""
本学期，我校以种植园建设为抓手，扎实推进劳动教育。
学校利用教学楼北侧闲置空地建成种植园八百平方米，划分为二十四块班级责任田。
各班在科学老师指导下种植玉米、花生、向日葵等作物，学生轮流浇水、除草、记录生长日志。
⟦a 开通会员可解锁剩余全文及同类范文30篇⟧
学期末，学校举办了“丰收节”，学生用自己种的蔬菜制作沙拉，家长们也来参加。
苡川县实验小学
二〇二五年六月二十五日
""",
    ),
    dict(
        slug="gkforum-shenlun-seed-library-essay",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="https://bbs.shanganba.example.com/thread-220914-1-1.html",
        title="守护一粒种子，就是守护乡村的未来",
        record_title="[申论范文] 守护一粒种子，就是守护乡村的未来（附阅卷老师点评）- 申论天地 - 上岸吧",
        date="2025-10-11",
        notes="exam forum: floor meta with 发表于 as the date; forum junk lines and glued junk; course advert between paragraphs; reply box",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸吧公考论坛 » 申论天地
!t [申论范文] 守护一粒种子，就是守护乡村的未来
!m 一楼　上岸小鹿　发表于 2025-10-11 07:55
{BODY}
!l 快速回复：还可输入 500 字
!m 本版积分规则 | 版主：申论老陶
""",
        body="""
一粒种子，可以改变一个世界。
近年来，不少地方兴办“种子图书馆”，让村民像借书一样借种子，把濒临消失的老品种保存下来。
⟦a 【申论冲刺班】名师批改，今晚8点直播开课，点此报名⟧
老品种往往抗逆性强、风味独特，是培育新品种的宝贵基因库，也是乡村记忆的载体。
守护好种子，既要靠科研机构的种质资源库，也要靠千千万万农户的田间保存。
""",
    ),
    dict(
        slug="wiki-caoling-rain-garden-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/雨水花园/5531",
        title="雨水花园",
        record_title="雨水花园_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box, references, an example date inside a sentence (not a date), update stamp",
        page="""
<html><head><meta charset="utf-8"><title>雨水花园_知源百科</title></head><body>
<div class="hd">⟦m 知源百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 雨水花园⟧</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦l 上传视频⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 构造 3 应用⟧</div>
{BODY}
<div class="ref">⟦l 参考资料 [1] 海绵城市建设技术指南⟧</div>
<div class="upd">⟦m 词条最近更新：2小时前　浏览次数：18万⟧</div>
</body></html>
""",
        body="""
雨水花园是一种在地势较低处种植植物、通过土壤和植物过滤雨水的浅凹绿地，是海绵城市建设的常用设施。
它通常由蓄水层、覆盖层、种植土层和砾石排水层组成，可以削减地表径流，净化初期雨水。
例如，某地在2018年7月15日的一场暴雨中，雨水花园所在小区未出现明显积水。
雨水花园适合建在居住小区、学校、公园和道路两侧，植物宜选用既耐涝又耐旱的本地品种。
""",
    ),
    dict(
        slug="netdisk-qiaochuan-shearing-team-rules",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://pan.yunxia.example.com/s/1aK9mQ2",
        title="荞川县剪毛队管理办法",
        record_title="荞川县剪毛队管理办法.pdf",
        date="2025-04-02",
        notes="cloud-drive preview: file-name title, share stamps (not dates), save/download buttons, expiry line; the document's own date",
        page="""
!m 云匣网盘 · 分享文件
!t 荞川县剪毛队管理办法.pdf
!m 分享者：牧区小何　分享于 5天前　有效期：永久
!a 保存到我的网盘　｜　下载(1.2M)　｜　举报
{BODY}
!a 预览仅显示前3页，下载后查看完整文件
!d 请勿分享违法违规内容，云匣网盘将依法配合有关部门处理。
""",
        body="""
第一条 为规范剪毛队管理，提高剪毛质量，保障牧户利益，制定本办法。
第二条 剪毛队由乡镇畜牧站统一组建，队员须取得剪毛工技能培训合格证。
第三条 剪毛收费标准由县畜牧兽医局会同县发展改革局统一核定并公示。
第四条 剪毛队应建立作业台账，如实记录剪毛户数、只数和收费情况。
荞川县畜牧兽医局
2025年4月2日
""",
    ),
    dict(
        slug="snapshot-weicheng-stutter-lecture",
        site="搜索快照 of 葳城市残联 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.soupian.example.com/c?m=8f2a1&u=dpf.weicheng.example.gov.cn/news/0415.html",
        title="市残联举办口吃儿童家长公益讲座",
        record_title="市残联举办口吃儿童家长公益讲座 - 快照",
        date="2025-04-15",
        notes="snapshot frame: banner with the cached URL and snapshot time (not the date); the page's own 发布时间; highlight notice",
        page="""
<html><head><meta charset="utf-8"><title>市残联举办口吃儿童家长公益讲座 - 快照</title></head><body>
<div class="sbar">⟦d 这是搜片网对 dpf.weicheng.example.gov.cn/news/0415.html 的缓存，快照生成于2025年8月3日，当前页面可能已更改。⟧</div>
<div class="sbar2">⟦d 以下检索词已高亮显示：口吃 讲座⟧</div>
<div class="orig">⟦m 葳城市残疾人联合会⟧</div>
<h2>⟦t 市残联举办口吃儿童家长公益讲座⟧</h2>
<p>⟦m 发布时间：2025-04-15　来源：康复部⟧</p>
{BODY}
<div class="orig-ft">⟦m 葳城市残联　版权所有⟧</div>
</body></html>
""",
        body="""
4月13日，市残联在市康复中心举办口吃儿童家长公益讲座，六十余名家长参加。
讲座邀请省言语听觉康复专家授课，讲解了儿童口吃的表现、成因和家庭干预方法。
专家提醒，家长要放慢自己的语速，耐心倾听，不要打断或催促孩子说话。
讲座结束后，专家还为二十名儿童进行了免费言语评估。
""",
    ),
    dict(
        slug="print-shiyuan-dumpling-food-safety-letter",
        site="蓍原市市场监管局 print view (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://scjg.shiyuan.example.gov.cn/print.jsp?id=4410",
        title="关于速冻饺子生产企业落实食品安全主体责任的提醒函",
        record_title="打印 - 关于速冻饺子生产企业落实食品安全主体责任的提醒函",
        date="2025-01-16",
        notes="print view: print stamp and URL footer (not the date), 打印/关闭 buttons; a print footer 'page 1 of 1'",
        page="""
!a 【打印】　【关闭】
!m 蓍原市市场监督管理局
!t 关于速冻饺子生产企业落实食品安全主体责任的提醒函
{BODY}
!m 本页地址：http://scjg.shiyuan.example.gov.cn/art/2025/1/16/art_4410.html
!m 打印时间：2025-09-02 14:05:33
!p ≈ 第1页 共1页 ≈
""",
        body="""
全市各速冻饺子生产企业：
春节临近，速冻饺子进入生产销售旺季。为保障群众节日餐桌安全，现就有关事项提醒如下。
一、严格落实进货查验制度，肉类原料须有动物检疫合格证明。
二、严格执行冷链管理，产品贮存、运输温度应保持在零下十八摄氏度以下。
三、规范产品标签标识，如实标注配料、生产日期和保质期。
蓍原市市场监督管理局
2025年1月16日
""",
    ),
    dict(
        slug="mail-fw-diyuan-allotment-water-request",
        site="荻原街道办邮箱 (invented forwarded mail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://diyuan-jd/inbox/20250318-0041",
        title="关于解决市民菜园灌溉用水问题的请示",
        record_title="转发：关于解决市民菜园灌溉用水问题的请示",
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="forwarded mail: mail headers (发件人/收件人/时间) as meta, the forwarder's note, the mail client's footer; the document's own 附件 and 联系人 kept; mail date also accepted",
        page="""
!m -------- 转发的邮件 --------
!m 发件人：荻原街道城管科 <cgk@diyuan.example.gov.cn>
!m 发送时间：2025年3月18日 星期二 09:47
!m 收件人：街道党政办
!m 主题：转发：关于解决市民菜园灌溉用水问题的请示
!w 请办公室阅处，急。——小周
{T}
{BODY}
!d 此邮件由荻原街道政务邮箱发送，如非指定收件人请立即删除。
""",
        body="""
街道党工委、办事处：
河湾市民菜园共有菜地三百二十块，目前仅有一处取水点，春耕用水高峰时排队严重，租种居民意见较大。
为解决灌溉用水问题，我科拟在菜园东西两侧各新增一处取水点，并铺设滴灌管道，预计需经费四点八万元。
妥否，请批示。
附件：河湾市民菜园取水点布置图
联系人：周磊，电话：0519-8670231。
荻原街道城市管理科
2025年3月17日
""",
    ),
    dict(
        slug="fanwen-fanxi-broad-bean-speech-mobile",
        site="范文汇 (invented mobile 范文 site)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.fanwenhui.example.com/jianghua/55821.html",
        title="在全县蚕豆产业发展现场推进会上的讲话",
        record_title="在全县蚕豆产业发展现场推进会上的讲话（通用3篇）",
        date="2025-03-26",
        notes="mobile 范文 site: copy lock, write-for-you prompt glued after a sentence, VIP line; speech with a Chinese-numeral date under the title and a speaker line (neutral)",
        page="""
!m 范文汇 · 手机版
!t 在全县蚕豆产业发展现场推进会上的讲话（通用3篇）
!a 本文禁止复制，开通会员后可一键复制全文
副县长　蔺晓峰
（二〇二五年三月二十六日）
{BODY}
!a 下载本文（Word）　|　下一篇
!l 热门：在春季植树活动上的讲话　在秋收工作会上的讲话
""",
        body="""
同志们：
今天，我们在这里召开全县蚕豆产业发展现场推进会，主要任务是观摩示范基地、交流经验、部署工作。
近年来，全县蚕豆种植面积稳定在八万亩左右，“蘩溪青蚕豆”已经成为农民增收的重要产业。⟦w 写讲话稿找小范，专人一对一，微信 fwh_xiaofan⟧
但也要看到，我县蚕豆产业还存在品种老化、加工链条短、品牌影响力不强等问题。
各乡镇要把蚕豆产业摆上重要位置，加快良种推广，培育加工龙头企业，把小蚕豆做成大产业。
""",
    ),
    dict(
        slug="wenku-zhenzhou-rooftop-plan-wrapped",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moye-wenku.example.com/doc/7712056.html",
        title="蓁州市公共建筑屋顶绿化三年行动方案",
        record_title="蓁州市公共建筑屋顶绿化三年行动方案（word可编辑）",
        date=None,
        notes="wrapped at 64 columns with glued page markers ⁂2⁂; year range in the title only, no date; pay prompt; decimal headings",
        wrap=64,
        pages=dict(fmt="⁂{n}⁂", every=110, start=2, glue=True),
        page="""
!m 墨页文库 — 专业文档分享平台
!t 蓁州市公共建筑屋顶绿化三年行动方案（word可编辑）
!m 贡献者：绿屋顶研究　下载次数：64　5页
{BODY}
!a ￥3.00 购买本文档，下载即可编辑
!l 同类推荐：城市立体绿化技术导则
""",
        body="""
1 总体目标
1.1 用三年时间，完成全市党政机关、学校、医院等公共建筑屋顶绿化一百二十万平方米。
1.2 屋顶绿化建成后，纳入城市绿地养护管理体系，实行常态化养护。
2 主要任务
2.1 开展屋顶荷载和防水状况普查，建立可绿化屋顶清单。
2.2 因地制宜选择简单式或花园式屋顶绿化，优先选用本地耐旱植物。
""",
    ),
    dict(
        slug="gov-qichuan-tea-park-opinion-html",
        site="芪山县人民政府 (invented)",
        style="政府门户",
        genre="实施意见",
        kind="opinion",
        form="html",
        source="http://www.qishan.example.gov.cn/zwgk/zfwj/202503/t20250314_3391.html",
        title="芪山县人民政府关于加快茶文化旅游融合发展的实施意见",
        record_title=None,
        date="2025-03-14",
        notes="county portal: no record title, the title in an h1; 索引号 table; document number neutral; 抄送/印发 版记 kept; font size row; share bar",
        page="""
<html><head><meta charset="utf-8"><title>芪山县人民政府门户网站</title></head><body>
<div class="top">⟦m 芪山县人民政府⟧ ⟦a 简体 | 繁體⟧ ⟦a 适老化服务⟧</div>
<div class="loc">⟦m 您当前的位置：首页 > 政务公开 > 政府文件⟧</div>
<table><tr><td>⟦m 索引号：000014823/2025-01907⟧</td><td>⟦m 发布机构：县政府办公室⟧</td></tr></table>
<h1>⟦t 芪山县人民政府关于加快茶文化旅游融合发展的实施意见⟧</h1>
<p class="wh">芪政发〔2025〕5号</p>
<div class="zoom">⟦a 字号：【大】【中】【小】⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 微博⟧</div>
<div class="foot">⟦m 芪山县人民政府办公室主办　网站标识码3625230001⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县政府各部门：
为发挥我县茶产业优势，推动茶文化与旅游深度融合，现提出如下实施意见。
一、打造茶旅精品线路。依托高山茶园和古茶亭，建设三条茶旅精品线路，串联茶园观光、茶艺体验和农家民宿。
二、培育茶艺文化品牌。每年举办一届茶文化节和茶艺技能大赛，支持茶企建设茶艺体验馆。
三、强化要素保障。县财政每年安排专项资金五百万元，用于茶旅融合项目奖补。
芪山县人民政府
2025年3月14日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
芪山县人民政府办公室　2025年3月14日印发
""",
    ),
    dict(
        slug="news-taihu-dumpling-festival-text",
        site="薹湖融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.taihurm.example.cn/xw/2025/0201/10422.html",
        title="薹湖镇冬至饺子宴温暖八百位老人",
        record_title="薹湖镇冬至饺子宴温暖八百位老人_薹湖融媒",
        date="2024-12-22",
        record_date="2024-12-22",
        notes="county media: time line date, 'open app' prompt on its own line inside the body, reporter and editor lines, comment count",
        page="""
!m 薹湖融媒 | 看薹湖
!t 薹湖镇冬至饺子宴温暖八百位老人
!m 2024-12-22 18:20:11　薹湖融媒记者 祁蔓 通讯员 邱一帆
{BODY}
!m 编辑：韦薇　审核：方正
!l 评论 12　｜　赞 96
""",
        body="""
12月21日冬至，薹湖镇在镇文化广场举办“冬至饺子宴”，八百多位七十岁以上老人欢聚一堂。
一大早，志愿者和镇里的饺子店师傅就忙着和面、剁馅、包饺子，共包了两万多个饺子。
⟦a 打开薹湖融媒APP，看更多现场视频 ▶⟧
热气腾腾的饺子端上桌，老人们边吃边聊，现场还有文艺志愿者表演快板和黄梅戏。
镇党委负责人表示，冬至饺子宴已连续举办六年，今后还将继续办下去。
""",
    ),
    dict(
        slug="forum-miaoyuan-shearers-post-oneline",
        site="草原牧民之家论坛 (invented)",
        style="论坛",
        genre="经验分享",
        kind="post",
        form="text",
        source="https://bbs.mumin-home.example.net/viewthread.php?tid=77102",
        title="手把手教你电剪剪羊毛不伤皮",
        record_title="[经验分享] 手把手教你电剪剪羊毛不伤皮（多图）",
        date="2025-05-30",
        notes="forum post on one line (indent separates paragraphs), post date line, edited-by note, reply bar",
        oneline=True,
        indent="　　",
        page="""
!m 草原牧民之家 → 养殖交流区
!t [经验分享] 手把手教你电剪剪羊毛不伤皮（多图）
!m 作者：老巴图　发表于 2025-05-30 22:03　楼主
{BODY}
!m 本帖最后由 老巴图 于 2025-5-31 07:12 编辑
!l 回复　｜　加分　｜　举报　｜　顶部
""",
        body="""
干了二十年剪毛，说说我的几点经验。
第一，剪前让羊空腹半天，羊肚子不胀，翻身时不容易出事。
第二，刀片要磨快，钝刀最容易拉伤皮肤，一般剪三十只羊就要换刀片。
第三，下刀顺着皮肤走，腹部和腿根皮薄，放慢速度，左手把皮绷平。
第四，万一剪破了，马上用碘伏消毒，别让苍蝇叮。
""",
    ),
]
